import {
  type Activity,
  PILLAR_OF_ACTIVITY,
  ParticipationCompletedV1,
  type Pillar,
  SchoolEnrolledV1,
  type SchoolEnrolledV1Data,
  SchoolEnrolledV2,
  SchoolWithdrewV1,
  SustainabilityAssessedV1,
} from '@okr/contracts';
import { normalisedMoment } from '../../calendar';
import type { Sector } from '../../views';
import { earliest, isEarlier, isLater, setOrDelete, smallest } from '../merge';
import { handlerFor, projection } from '../projection';
import { type EqualAccessSnapshot, snapshotOf } from './equal-access';

/** One school's participation in one activity in one school year, keyed `${brin}|${activity}|${schoolYear}`. */
export interface ParticipationFact {
  brin: string;
  activity: Activity;
  pillar: Pillar;
  schoolYear: string;
  /** From the earliest enrolment; before any enrolment, the smallest sector any participation event named. */
  sector?: Sector;
  /**
   * When the earliest SchoolEnrolled happened: its business day (`enrolledOn`, v2), or for v1, which carries no
   * day, the moment it was recorded (envelope occurredAt). Absent: not a participant.
   */
  enrolledAt?: string;
  /** Stamp of that earliest enrolment, which also gives applicationId and sector. */
  enrolmentStamp?: string;
  applicationId?: string;
  /** The equal-access flags of the latest SchoolEnrolled (a snapshot the enrolment carries). */
  equalAccess?: EqualAccessSnapshot;
  equalAccessStamp?: string;
  /** Earliest withdrawnOn of SchoolWithdrew. */
  withdrawnOn?: string;
  /** completedOn and pupilDevelopmentImproved of the latest ParticipationCompleted. */
  completedOn?: string;
  pupilDevelopmentImproved?: boolean;
  completionStamp?: string;
  /** sustainableCulture and assessedOn of the latest SustainabilityAssessed (a reassessment replaces it). */
  sustainableCulture?: boolean;
  assessedOn?: string;
  assessmentStamp?: string;
}

/** The key of a participation: one school, one activity, one school year. */
export function participationKey(brin: string, activity: Activity, schoolYear: string): string {
  return `${brin}|${activity}|${schoolYear}`;
}

type ParticipationIdentity = { brin: string; activity: Activity; schoolYear: string };

const on = handlerFor<ParticipationFact>();
const byParticipation = {
  key: ({ brin, activity, schoolYear }: ParticipationIdentity) =>
    participationKey(brin, activity, schoolYear),
  initial: ({
    data: { brin, activity, schoolYear },
  }: {
    data: ParticipationIdentity;
  }): ParticipationFact => ({
    brin,
    activity,
    pillar: PILLAR_OF_ACTIVITY[activity],
    schoolYear,
  }),
};

/** Participations: enrolled by the earliest enrolment, withdrawn, completed and assessed by their latest. */
export const participationProjection = projection('participations', [
  on(SchoolEnrolledV1, {
    ...byParticipation,
    evolve: (participation, { data, occurredAt, stamp }) =>
      enrol(participation, data, normalisedMoment(occurredAt), stamp),
  }),
  on(SchoolEnrolledV2, {
    ...byParticipation,
    evolve: (participation, { data, stamp }) => enrol(participation, data, data.enrolledOn, stamp),
  }),
  on(SchoolWithdrewV1, {
    ...byParticipation,
    evolve: (participation, { data }) => {
      takeSectorBeforeEnrolment(participation, data.sector);
      participation.withdrawnOn = earliest(participation.withdrawnOn, data.withdrawnOn);
    },
  }),
  on(ParticipationCompletedV1, {
    ...byParticipation,
    evolve: (participation, { data, stamp }) => {
      takeSectorBeforeEnrolment(participation, data.sector);
      if (!isLater(stamp, participation.completionStamp)) return;
      participation.completedOn = data.completedOn;
      setOrDelete(participation, 'pupilDevelopmentImproved', data.pupilDevelopmentImproved);
      participation.completionStamp = stamp;
    },
  }),
  on(SustainabilityAssessedV1, {
    ...byParticipation,
    evolve: (participation, { data, stamp }) => {
      if (!isLater(stamp, participation.assessmentStamp)) return;
      participation.sustainableCulture = data.sustainableCulture;
      participation.assessedOn = data.assessedOn;
      participation.assessmentStamp = stamp;
    },
  }),
]);

// The earliest enrolment (by stamp) gives the day, application and sector; the latest gives the flags.
function enrol(
  participation: ParticipationFact,
  data: Pick<SchoolEnrolledV1Data, 'sector' | 'applicationId' | 'equalAccess'>,
  enrolledAt: string,
  stamp: string,
): void {
  if (isEarlier(stamp, participation.enrolmentStamp)) {
    participation.enrolledAt = enrolledAt;
    participation.enrolmentStamp = stamp;
    participation.sector = data.sector;
    setOrDelete(participation, 'applicationId', data.applicationId);
  }
  if (isLater(stamp, participation.equalAccessStamp)) {
    participation.equalAccess = snapshotOf(data.equalAccess);
    participation.equalAccessStamp = stamp;
  }
}

// Once enrolled, the sector is the enrolment's; before that, the smallest named, whatever the order.
function takeSectorBeforeEnrolment(participation: ParticipationFact, sector: Sector): void {
  if (participation.enrolmentStamp === undefined)
    participation.sector = smallest(participation.sector, sector);
}

/** A participant: a participation with an enrolment. A withdrawal or completion alone makes none. */
export function isEnrolled(
  participation: ParticipationFact,
): participation is ParticipationFact & { enrolledAt: string } {
  return participation.enrolledAt !== undefined;
}
