import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BRIN_PATTERN, IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class HoldLabDayRequestDto {
  @ApiProperty({ example: 'Leesplezier in de bovenbouw' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  topic!: string;

  @ApiProperty({ type: [String], example: ['12AB', '34CD'], description: 'the lab schools that attended' })
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @Matches(BRIN_PATTERN, { each: true, message: 'each value in brins must be a BRIN, e.g. 12AB' })
  brins!: string[];

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day it was held; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  heldOn?: string;
}
