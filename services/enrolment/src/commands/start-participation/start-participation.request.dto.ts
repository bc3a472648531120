import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';

export class StartParticipationRequestDto {
  @ApiPropertyOptional({
    example: '2025-09-01',
    format: 'date',
    description: 'the day the school started the activity; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  startedOn?: string;
}
