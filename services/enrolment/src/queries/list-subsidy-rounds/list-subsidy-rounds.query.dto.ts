import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsSchoolYear } from '@okr/contracts';
import { IsOptional } from 'class-validator';
import { PageQuery } from '@okr/service-kit';

export class ListSubsidyRoundsQueryDto extends PageQuery {
  @ApiPropertyOptional({ example: '2025-2026' })
  @IsOptional()
  @IsSchoolYear()
  schoolYear?: string;
}
