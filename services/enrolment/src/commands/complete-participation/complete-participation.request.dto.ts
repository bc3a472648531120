import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsBoolean, IsOptional } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { CompleteParticipation } from './complete-participation.handler';
import type { Requested } from '../requested-command';

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

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function completeParticipationCommand(
  body: CompleteParticipationRequestDto,
  participationId: string,
  clock: Clock,
): Requested<CompleteParticipation> {
  return {
    participationId,
    completedOn: body.completedOn ?? clock.today(),
    ...(body.pupilDevelopmentImproved !== undefined
      ? { pupilDevelopmentImproved: body.pupilDevelopmentImproved }
      : {}),
  };
}
