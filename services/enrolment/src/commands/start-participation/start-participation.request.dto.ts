import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class StartParticipationRequestDto {
  @ApiPropertyOptional({
    example: '2025-09-01',
    format: 'date',
    description: 'the day the school started the activity; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  startedOn?: string;
}
