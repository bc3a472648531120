import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBrin, IsSchoolYear } from '@okr/contracts';
import { PageQuery } from '@okr/service-kit';
import { IsOptional } from 'class-validator';

export class ListDevelopmentSchoolsQueryDto extends PageQuery {
  @ApiPropertyOptional({ example: '2025-2026' })
  @IsOptional()
  @IsSchoolYear()
  schoolYear?: string;

  @ApiPropertyOptional({ example: '34CD' })
  @IsOptional()
  @IsBrin()
  brin?: string;
}
