import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsBoolean, IsOptional } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class CompleteParticipationRequestDto {
  @ApiPropertyOptional({
    example: '2026-06-30',
    format: 'date',
    description: 'the day the school completed the activity; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  completedOn?: string;

  @ApiPropertyOptional({
    description:
      'whether the trajectory improved pupil development on its theme: required for an improvement-culture ' +
      'trajectory, not given for any other activity',
  })
  @IsOptional()
  @IsBoolean()
  pupilDevelopmentImproved?: boolean;
}
