import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsSchoolYear } from '@okr/contracts';
import { PageQuery, toBoolean } from '@okr/service-kit';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class ListLabSchoolsQueryDto extends PageQuery {
  @ApiPropertyOptional({ example: '2025-2026', description: 'only this school year' })
  @IsOptional()
  @IsSchoolYear()
  schoolYear?: string;

  @ApiPropertyOptional({ description: 'true: only schools on the roster now; false: only those that left' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  current?: boolean;
}
