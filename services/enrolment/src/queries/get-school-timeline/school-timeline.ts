import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_BRIN } from '@okr/service-kit';
import type { InquiryState } from '../../domain/inquiry.entity';
import type { IntakeState } from '../../domain/intake.entity';
import type { ParticipationState } from '../../domain/participation.entity';
import type { SubsidyApplicationState } from '../../domain/subsidy-application.entity';

/** One thing that happened to a school, as the desk sees it in the timeline. */
export const TIMELINE_KINDS = [
  'inquiry-received',
  'exploratory-conversation',
  'inquiry-referred',
  'inquiry-closed',
  'intake',
  'application-submitted',
  'information-requested',
  'application-resubmitted',
  'application-granted',
  'application-rejected',
  'application-withdrawn',
  'enrolled',
  'participation-started',
  'participation-completed',
  'participation-withdrawn',
  'sustainability-assessed',
  'expert-coach-trained',
] as const;

/** One step of a school's path through the help desk, as the timeline shows it. */
export class TimelineEntry {
  @ApiProperty({ description: 'the day it happened (YYYY-MM-DD, in Dutch time)', example: '2025-03-10' })
  on!: string;

  @ApiPropertyOptional({
    description:
      'the moment it happened (ISO 8601 UTC), for the steps recorded with one: an inquiry, an application',
    example: '2025-03-10T09:30:00.000Z',
  })
  at?: string;

  @ApiProperty({ enum: TIMELINE_KINDS })
  kind!: (typeof TIMELINE_KINDS)[number];

  @ApiProperty({ description: 'the record it belongs to: /inquiries/{id}, /subsidy-applications/{id}…' })
  record!: string;

  @ApiProperty()
  summary!: string;
}

/** A school's timeline. */
export class SchoolTimelineResponse {
  @ApiProperty(API_BRIN)
  brin!: string;

  @ApiProperty({ type: [TimelineEntry], description: 'oldest first' })
  entries!: TimelineEntry[];
}

export interface SchoolRecords {
  inquiries: readonly InquiryState[];
  intakes: readonly IntakeState[];
  applications: readonly SubsidyApplicationState[];
  participations: readonly ParticipationState[];
}

/**
 * Everything that happened to a school, day by day; within a day in the order of the programme's path (an inquiry
 * before its conversation, an application before its decision), then by moment where two steps have one.
 */
export function schoolTimeline({
  inquiries,
  intakes,
  applications,
  participations,
}: SchoolRecords): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const inquiry of inquiries) {
    const record = `/inquiries/${inquiry.inquiryId}`;
    entries.push({
      on: inquiry.receivedOn,
      at: inquiry.receivedAt,
      kind: 'inquiry-received',
      record,
      summary: `Inquiry via ${inquiry.channel}`,
    });
    for (const conversation of inquiry.conversations) {
      entries.push({
        on: conversation.heldOn,
        kind: 'exploratory-conversation',
        record,
        summary: 'Exploratory conversation',
      });
    }
    if (inquiry.referral) {
      const to =
        inquiry.referral.kind === 'activities'
          ? `to ${inquiry.referral.activities.join(', ')}`
          : `outside the programme (${inquiry.referral.reasonCode})`;
      entries.push({
        on: inquiry.referral.referredOn,
        kind: 'inquiry-referred',
        record,
        summary: `Referred ${to}`,
      });
    }
    if (inquiry.closedOn) {
      entries.push({
        on: inquiry.closedOn,
        kind: 'inquiry-closed',
        record,
        summary: `Closed: ${inquiry.outcome ?? ''}`.trim(),
      });
    }
  }
  for (const intake of intakes) {
    entries.push({
      on: intake.heldOn,
      kind: 'intake',
      record: `/schools/${intake.brin}/intakes/${intake.activity}`,
      summary: `Intake for ${intake.activity}: ${intake.outcome}`,
    });
  }
  for (const application of applications) {
    const record = `/subsidy-applications/${application.applicationId}`;
    const what = `${application.activity} (${application.schoolYear})`;
    entries.push({
      on: application.submittedOn,
      at: application.submittedAt,
      kind: 'application-submitted',
      record,
      summary: `Applied for ${what}`,
    });
    for (const request of application.informationRequests) {
      entries.push({
        on: request.requestedOn,
        kind: 'information-requested',
        record,
        summary: 'More information requested',
      });
      if (request.resubmittedOn) {
        entries.push({
          on: request.resubmittedOn,
          kind: 'application-resubmitted',
          record,
          summary: 'Information supplied',
        });
      }
    }
    if (application.status === 'granted' && application.decidedOn) {
      entries.push({
        on: application.decidedOn,
        kind: 'application-granted',
        record,
        summary: `Granted ${what}`,
      });
    }
    if (application.status === 'rejected' && application.decidedOn) {
      entries.push({
        on: application.decidedOn,
        kind: 'application-rejected',
        record,
        summary: `Rejected ${what}: ${application.rejection?.reasonCode ?? ''}`,
      });
    }
    if (application.withdrawnOn) {
      entries.push({
        on: application.withdrawnOn,
        kind: 'application-withdrawn',
        record,
        summary: `Withdrew ${what}`,
      });
    }
  }
  for (const participation of participations) {
    const record = `/participations/${participation.participationId}`;
    const what = `${participation.activity} (${participation.schoolYear})`;
    entries.push({ on: participation.enrolledOn, kind: 'enrolled', record, summary: `Enrolled in ${what}` });
    if (participation.startedOn) {
      entries.push({
        on: participation.startedOn,
        kind: 'participation-started',
        record,
        summary: `Started ${what}`,
      });
    }
    if (participation.completedOn) {
      entries.push({
        on: participation.completedOn,
        kind: 'participation-completed',
        record,
        summary: `Completed ${what}`,
      });
    }
    if (participation.withdrawal) {
      entries.push({
        on: participation.withdrawal.withdrawnOn,
        kind: 'participation-withdrawn',
        record,
        summary: `Withdrew from ${what}: ${participation.withdrawal.reasonCode}`,
      });
    }
    if (participation.sustainability) {
      entries.push({
        on: participation.sustainability.assessedOn,
        kind: 'sustainability-assessed',
        record,
        summary: `Sustainable culture: ${participation.sustainability.sustainableCulture ? 'yes' : 'no'}`,
      });
    }
    for (const coach of participation.trainedCoaches) {
      entries.push({
        on: coach.trainedOn,
        kind: 'expert-coach-trained',
        record,
        summary: 'Expert coach trained',
      });
    }
  }
  return entries.sort(
    (first, second) =>
      first.on.localeCompare(second.on) ||
      TIMELINE_KINDS.indexOf(first.kind) - TIMELINE_KINDS.indexOf(second.kind) ||
      (first.at ?? '').localeCompare(second.at ?? ''),
  );
}
