import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INTERVENTION_RESULTS,
  IsCalendarDate,
  IsWithinProgrammeDays,
  type InterventionResult,
} from '@okr/contracts';
import { IsIn, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class CompletePilotRequestDto {
  @ApiProperty({
    enum: INTERVENTION_RESULTS,
    description: 'effective needs a positive effect on pupil results',
  })
  @IsIn(INTERVENTION_RESULTS)
  result!: InterventionResult;

  @ApiPropertyOptional({
    example: 0.2,
    description: 'the effect on pupil results as a standardised effect size, where measured',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-5)
  @Max(5)
  pupilResultsEffectSize?: number;

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day it completed; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  completedOn?: string;
}
