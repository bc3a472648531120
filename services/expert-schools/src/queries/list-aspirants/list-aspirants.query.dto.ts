import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBrin, IsSchoolYear } from '@okr/contracts';
import { PageQuery } from '@okr/service-kit';
import { IsIn, IsOptional } from 'class-validator';
import { ASPIRANT_STATUSES, type AspirantStatus } from '../../domain/aspirant.entity';

export class ListAspirantsQueryDto extends PageQuery {
  @ApiPropertyOptional({ example: '2024-2025', description: 'the cohort' })
  @IsOptional()
  @IsSchoolYear()
  schoolYear?: string;

  @ApiPropertyOptional({ example: '12AB' })
  @IsOptional()
  @IsBrin()
  brin?: string;

  @ApiPropertyOptional({ enum: ASPIRANT_STATUSES })
  @IsOptional()
  @IsIn(ASPIRANT_STATUSES)
  status?: AspirantStatus;
}
