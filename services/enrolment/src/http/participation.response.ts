import type { Stored } from '@okr/messaging';
import type { CalendarDay } from '../domain/calendar-day.value-object';
import type { ParticipationState } from '../domain/participation.entity';

/** A participation as the API shows it. */
export interface ParticipationResponse {
  participationId: string;
  version: number;
  changedAt: string;
  brin: string;
  activity: ParticipationState['activity'];
  pillar: ParticipationState['pillar'];
  sector: ParticipationState['sector'];
  schoolYear: string;
  /** The equal-access flags when the school enrolled. */
  equalAccess: ParticipationState['equalAccess'];
  applicationId: string;
  roundId: string;
  status: ParticipationState['status'];
  enrolledOn: CalendarDay;
  startedOn?: CalendarDay;
  completedOn?: CalendarDay;
  pupilDevelopmentImproved?: boolean;
  withdrawal?: ParticipationState['withdrawal'];
  sustainability?: ParticipationState['sustainability'];
  trainedCoaches: ParticipationState['trainedCoaches'];
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
