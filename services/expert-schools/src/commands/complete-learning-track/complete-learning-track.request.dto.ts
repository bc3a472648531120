import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONFIDENCE_SCALE, IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class CompleteLearningTrackRequestDto {
  @ApiPropertyOptional({ format: 'date', description: 'the day it completed the track; today when left out' })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  trainedOn?: string;

  @ApiProperty({
    minimum: CONFIDENCE_SCALE.min,
    maximum: CONFIDENCE_SCALE.max,
    description: "the trained teachers' average professional confidence before the track (whole number)",
  })
  @IsInt()
  @Min(CONFIDENCE_SCALE.min)
  @Max(CONFIDENCE_SCALE.max)
  confidenceBefore!: number;

  @ApiProperty({
    minimum: CONFIDENCE_SCALE.min,
    maximum: CONFIDENCE_SCALE.max,
    description: '… and after it',
  })
  @IsInt()
  @Min(CONFIDENCE_SCALE.min)
  @Max(CONFIDENCE_SCALE.max)
  confidenceAfter!: number;
}
