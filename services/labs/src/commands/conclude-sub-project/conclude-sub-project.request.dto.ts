import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

/** Concluding decisions; adjusting is a transition back to an earlier phase instead. */
export const CONCLUDING_DECISIONS = ['scale-up', 'stop'] as const;
export type ConcludingDecision = (typeof CONCLUDING_DECISIONS)[number];

export class ConcludeSubProjectRequestDto {
  @ApiProperty({ enum: CONCLUDING_DECISIONS })
  @IsIn(CONCLUDING_DECISIONS)
  decision!: ConcludingDecision;

  @ApiProperty({ description: 'why it did or did not work, and what next; kept in this service' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  summary!: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day of the decision; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  concludedOn?: string;
}
