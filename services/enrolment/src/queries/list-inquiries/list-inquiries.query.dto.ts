import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBrin } from '@okr/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { INQUIRY_STATUSES, type InquiryStatus } from '../../domain/inquiry.entity';
import { PageQuery } from '@okr/service-kit';

export class ListInquiriesQueryDto extends PageQuery {
  @ApiPropertyOptional({ example: '12AB', description: 'only the inquiries of this registered school' })
  @IsOptional()
  @IsBrin()
  brin?: string;

  @ApiPropertyOptional({ enum: INQUIRY_STATUSES })
  @IsOptional()
  @IsIn(INQUIRY_STATUSES)
  status?: InquiryStatus;

  @ApiPropertyOptional({ description: 'part of the BRIN or school name, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
