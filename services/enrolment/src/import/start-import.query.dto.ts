import { ApiPropertyOptional } from '@nestjs/swagger';
import { toBoolean } from '@okr/service-kit';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class StartImportQueryDto {
  @ApiPropertyOptional({
    description: 'true: check every row (shape, references, the rules in file order) and record nothing',
    default: false,
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  dryRun?: boolean;
}
