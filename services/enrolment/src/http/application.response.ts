import type { Stored } from '@okr/messaging';
import type { CalendarDay } from '../domain/calendar-day.value-object';
import { decisionDueOn, isClockPaused, isDecisionOverdue } from '../domain/decision-clock.rules';
import {
  APPLICATION_STATUS_LABELS,
  isUndecided,
  type SubsidyApplicationState,
} from '../domain/subsidy-application.entity';

/** A subsidy application as the API shows it: its state plus where it stands against the decision clock. */
export interface ApplicationResponse {
  applicationId: string;
  version: number;
  changedAt: string;
  brin: string;
  activity: SubsidyApplicationState['activity'];
  pillar: SubsidyApplicationState['pillar'];
  sector: SubsidyApplicationState['sector'];
  roundId: string;
  schoolYear: string;
  requestedAmountCents: number;
  grantedAmountCents?: number;
  motivation: string;
  submittedAt: string;
  submittedOn: CalendarDay;
  status: SubsidyApplicationState['status'];
  /** What staff see, and what may be told to the school. */
  labels: { internal: string; school: string };
  /** While information is awaited: the due day if the school answered today. */
  decisionDueOn: CalendarDay;
  clockPaused: boolean;
  overdue: boolean;
  informationRequests: SubsidyApplicationState['informationRequests'];
  decidedOn?: CalendarDay;
  rejection?: SubsidyApplicationState['rejection'];
  withdrawnOn?: CalendarDay;
}

export function applicationResponse(
  stored: Stored<SubsidyApplicationState>,
  today: CalendarDay,
): ApplicationResponse {
  const { state } = stored;
  // A decided application's clock stopped on the day it was decided or withdrawn, not today.
  const clockStoppedOn = isUndecided(state) ? today : (state.decidedOn ?? state.withdrawnOn ?? today);
  return {
    applicationId: state.applicationId,
    version: stored.version,
    changedAt: stored.changedAt.toISOString(),
    brin: state.brin,
    activity: state.activity,
    pillar: state.pillar,
    sector: state.sector,
    roundId: state.roundId,
    schoolYear: state.schoolYear,
    requestedAmountCents: state.requestedAmountCents,
    ...(state.grantedAmountCents !== undefined ? { grantedAmountCents: state.grantedAmountCents } : {}),
    motivation: state.motivation,
    submittedAt: state.submittedAt,
    submittedOn: state.submittedOn,
    status: state.status,
    labels: { ...APPLICATION_STATUS_LABELS[state.status] },
    decisionDueOn: decisionDueOn(state, clockStoppedOn),
    clockPaused: isClockPaused(state),
    overdue: isDecisionOverdue(state, today),
    informationRequests: state.informationRequests,
    ...(state.decidedOn !== undefined ? { decidedOn: state.decidedOn } : {}),
    ...(state.rejection !== undefined ? { rejection: state.rejection } : {}),
    ...(state.withdrawnOn !== undefined ? { withdrawnOn: state.withdrawnOn } : {}),
  };
}
