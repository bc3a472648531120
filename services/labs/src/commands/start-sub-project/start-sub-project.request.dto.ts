import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FIVE_D_PHASES,
  IsCalendarDate,
  IsPillarCode,
  IsWithinProgrammeDays,
  PILLAR_CODES,
  type FiveDPhase,
  type PillarCode,
} from '@okr/contracts';
import { ArrayUnique, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class StartSubProjectRequestDto {
  @ApiProperty({ example: 'Zomerschool' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({
    enum: FIVE_D_PHASES,
    description: 'the 5D phase it starts in: any, as its knowledge base allows',
  })
  @IsIn(FIVE_D_PHASES)
  phase!: FiveDPhase;

  @ApiPropertyOptional({
    enum: PILLAR_CODES,
    isArray: true,
    description: 'the pillars of effective teaching it is about',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  themes?: PillarCode[];

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day it started; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  startedOn?: string;
}
