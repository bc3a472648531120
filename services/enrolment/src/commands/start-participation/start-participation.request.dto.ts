import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { StartParticipation } from './start-participation.handler';
import type { Requested } from '../requested-command';

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

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function startParticipationCommand(
  body: StartParticipationRequestDto,
  participationId: string,
  clock: Clock,
): Requested<StartParticipation> {
  return { participationId, startedOn: body.startedOn ?? clock.today() };
}
