import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsUUID } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { RecordTrainedCoach } from './record-trained-coach.handler';
import type { Requested } from '../requested-command';

export class RecordTrainedCoachRequestDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'the pseudonymous id of the coach (never a name), the same for the same coach; a new one when left out',
  })
  @IsOptional()
  @IsUUID()
  coachId?: string;

  @ApiPropertyOptional({
    example: '2025-12-10',
    format: 'date',
    description: 'the day the coach completed the training; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  trainedOn?: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function recordTrainedCoachCommand(
  body: RecordTrainedCoachRequestDto,
  participationId: string,
  clock: Clock,
  newCoachId: () => string,
): Requested<RecordTrainedCoach> {
  return {
    participationId,
    coachId: body.coachId ?? newCoachId(),
    trainedOn: body.trainedOn ?? clock.today(),
  };
}
