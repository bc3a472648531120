import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITIES,
  PILLARS,
  SCHOOL_YEAR_PATTERN,
  SECTORS,
  WITHDRAWAL_REASON_CODES,
  type WithdrawalReasonCode,
} from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { API_BRIN, API_COUNT, API_DAY, API_MOMENT, API_UUID } from '@okr/service-kit';
import { EqualAccessView } from './school.response';
import type { CalendarDay } from '../domain/calendar-day.value-object';
import { PARTICIPATION_STATUSES, type ParticipationState } from '../domain/participation.entity';

export class WithdrawalView {
  @ApiProperty({ enum: WITHDRAWAL_REASON_CODES })
  reasonCode!: WithdrawalReasonCode;

  @ApiProperty(API_DAY)
  withdrawnOn!: string;

  @ApiPropertyOptional()
  notes?: string;
}

export class SustainabilityView {
  @ApiProperty()
  sustainableCulture!: boolean;

  @ApiProperty(API_DAY)
  assessedOn!: string;
}

export class TrainedCoachView {
  @ApiProperty()
  coachId!: string;

  @ApiProperty(API_DAY)
  trainedOn!: string;
}

/** A participation as the API shows it. */
export class ParticipationResponse {
  @ApiProperty(API_UUID)
  participationId!: string;

  @ApiProperty(API_COUNT)
  version!: number;

  @ApiProperty(API_MOMENT)
  changedAt!: string;

  @ApiProperty(API_BRIN)
  brin!: string;

  @ApiProperty({ enum: ACTIVITIES })
  activity!: ParticipationState['activity'];

  @ApiProperty({ enum: PILLARS })
  pillar!: ParticipationState['pillar'];

  @ApiProperty({ enum: SECTORS })
  sector!: ParticipationState['sector'];

  @ApiProperty({ pattern: SCHOOL_YEAR_PATTERN.source, example: '2025-2026' })
  schoolYear!: string;

  @ApiProperty({ type: EqualAccessView, description: 'the equal-access flags when the school enrolled' })
  equalAccess!: ParticipationState['equalAccess'];

  @ApiProperty(API_UUID)
  applicationId!: string;

  @ApiProperty(API_UUID)
  roundId!: string;

  @ApiProperty({ enum: PARTICIPATION_STATUSES })
  status!: ParticipationState['status'];

  @ApiProperty(API_DAY)
  enrolledOn!: CalendarDay;

  @ApiPropertyOptional(API_DAY)
  startedOn?: CalendarDay;

  @ApiPropertyOptional(API_DAY)
  completedOn?: CalendarDay;

  @ApiPropertyOptional()
  pupilDevelopmentImproved?: boolean;

  @ApiPropertyOptional({ type: WithdrawalView })
  withdrawal?: ParticipationState['withdrawal'];

  @ApiPropertyOptional({ type: SustainabilityView })
  sustainability?: ParticipationState['sustainability'];

  @ApiProperty({ type: [TrainedCoachView] })
  trainedCoaches!: ParticipationState['trainedCoaches'];
}

export function participationResponse(stored: Stored<ParticipationState>): ParticipationResponse {
  const { state } = stored;
  return {
    participationId: state.participationId,
    version: stored.version,
    changedAt: stored.changedAt.toISOString(),
    brin: state.brin,
    activity: state.activity,
    pillar: state.pillar,
    sector: state.sector,
    schoolYear: state.schoolYear,
    equalAccess: state.equalAccess,
    applicationId: state.applicationId,
    roundId: state.roundId,
    status: state.status,
    enrolledOn: state.enrolledOn,
    ...(state.startedOn !== undefined ? { startedOn: state.startedOn } : {}),
    ...(state.completedOn !== undefined ? { completedOn: state.completedOn } : {}),
    ...(state.pupilDevelopmentImproved !== undefined
      ? { pupilDevelopmentImproved: state.pupilDevelopmentImproved }
      : {}),
    ...(state.withdrawal !== undefined ? { withdrawal: state.withdrawal } : {}),
    ...(state.sustainability !== undefined ? { sustainability: state.sustainability } : {}),
    trainedCoaches: state.trainedCoaches,
  };
}
