import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBrin,
  IsCalendarDate,
  IsWithinProgrammeDays,
  SECTORS,
  type Sector,
  USE_SOURCES,
  type UseSource,
} from '@okr/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class RecordProductUseRequestDto {
  @ApiProperty({ example: '12AB', description: 'BRIN of the school that used the product effectively' })
  @IsBrin()
  brin!: string;

  @ApiPropertyOptional({ enum: SECTORS, description: "the school's sector, when known" })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiProperty({ enum: USE_SOURCES, description: 'how the use became known' })
  @IsIn(USE_SOURCES)
  source!: UseSource;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day of the use; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  usedOn?: string;
}
