import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITIES,
  PILLARS,
  REJECTION_REASON_CODES,
  type RejectionReasonCode,
  SCHOOL_YEAR_PATTERN,
  SECTORS,
} from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { API_BRIN, API_COUNT, API_DAY, API_MOMENT, API_UUID } from '@okr/service-kit';
import type { CalendarDay } from '../domain/calendar-day.value-object';
import { decisionDueOn, isClockPaused, isDecisionOverdue } from '../domain/decision-clock.rules';
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  isUndecided,
  type SubsidyApplicationState,
} from '../domain/subsidy-application.entity';

export class StatusLabelsView {
  @ApiProperty({ description: 'what staff see', example: 'Ingediend – wacht op beoordeling' })
  internal!: string;

  @ApiProperty({ description: 'what may be told to the school', example: 'Ingediend' })
  school!: string;
}

export class InformationRequestView {
  @ApiProperty(API_DAY)
  requestedOn!: string;

  @ApiProperty()
  question!: string;

  @ApiPropertyOptional(API_DAY)
  resubmittedOn?: string;

  @ApiPropertyOptional()
  supplement?: string;
}

export class RejectionView {
  @ApiProperty({ enum: REJECTION_REASON_CODES })
  reasonCode!: RejectionReasonCode;

  @ApiProperty()
  reasonText!: string;
}

/** A subsidy application as the API shows it: its state plus where it stands against the decision clock. */
export class ApplicationResponse {
  @ApiProperty(API_UUID)
  applicationId!: string;

  @ApiProperty(API_COUNT)
  version!: number;

  @ApiProperty(API_MOMENT)
  changedAt!: string;

  @ApiProperty(API_BRIN)
  brin!: string;

  @ApiProperty({ enum: ACTIVITIES })
  activity!: SubsidyApplicationState['activity'];

  @ApiProperty({ enum: PILLARS })
  pillar!: SubsidyApplicationState['pillar'];

  @ApiProperty({ enum: SECTORS })
  sector!: SubsidyApplicationState['sector'];

  @ApiProperty(API_UUID)
  roundId!: string;

  @ApiProperty({ pattern: SCHOOL_YEAR_PATTERN.source, example: '2025-2026' })
  schoolYear!: string;

  @ApiProperty(API_COUNT)
  requestedAmountCents!: number;

  @ApiPropertyOptional(API_COUNT)
  grantedAmountCents?: number;

  @ApiProperty()
  motivation!: string;

  @ApiProperty(API_MOMENT)
  submittedAt!: string;

  @ApiProperty(API_DAY)
  submittedOn!: CalendarDay;

  @ApiProperty({ enum: APPLICATION_STATUSES })
  status!: SubsidyApplicationState['status'];

  @ApiProperty({ type: StatusLabelsView })
  labels!: { internal: string; school: string };

  @ApiProperty({
    ...API_DAY,
    description: 'while information is awaited: the due day if the school answered today',
  })
  decisionDueOn!: CalendarDay;

  @ApiProperty()
  clockPaused!: boolean;

  @ApiProperty()
  overdue!: boolean;

  @ApiProperty({ type: [InformationRequestView] })
  informationRequests!: SubsidyApplicationState['informationRequests'];

  @ApiPropertyOptional(API_DAY)
  decidedOn?: CalendarDay;

  @ApiPropertyOptional({ type: RejectionView })
  rejection?: SubsidyApplicationState['rejection'];

  @ApiPropertyOptional(API_DAY)
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
