import type { Activity } from '@okr/contracts';
import { defineAggregates } from '@okr/messaging';
import { v5 as uuidv5 } from 'uuid';
import { ENROLMENT_EVENT_CONTRACTS, subjectOf } from '../domain/enrolment-event.value-object';
import { InquiryError } from '../domain/inquiry.errors';
import { IntakeError } from '../domain/intake.errors';
import { ParticipationError } from '../domain/participation.errors';
import { SchoolError } from '../domain/school.errors';
import { ApplicationError } from '../domain/subsidy-application.errors';
import { RoundError } from '../domain/subsidy-round.errors';

/**
 * The enrolment store as configuration (libs/messaging's AggregateStore): where each aggregate lives, what it
 * is called in the commits, its not-found error, the fields lists narrow by, and the contracts its events go
 * out under. Every stream is found by its name alone, so that every read is a lookup by `_id` (docs/adr/0005).
 * Every type the desk lists is kept in memory, so that its lists read no commits (docs/adr/0013).
 */
export const ENROLMENT_AGGREGATES = defineAggregates({
  events: ENROLMENT_EVENT_CONTRACTS,
  subjectOf,
  types: {
    school: {
      name: 'school',
      stream: 'school',
      notFound: (brin) => new SchoolError('SCHOOL.NOT_REGISTERED', `No school with BRIN ${brin}`, { brin }),
      kept: true,
    },
    inquiry: {
      name: 'inquiry',
      stream: 'inquiry',
      notFound: (inquiryId) =>
        new InquiryError('INQUIRY.NOT_FOUND', `No inquiry ${inquiryId}`, { inquiryId }),
      listedBy: ['brin'],
      kept: true,
    },
    /** The intakes of one school for one activity (`intake:<brin>:<activity>`): the latest one counts. */
    intake: {
      name: 'intake',
      stream: 'intake',
      notFound: (id) => {
        const [brin, activity] = id.split(':');
        return new IntakeError('INTAKE.NOT_FOUND', `School ${brin} has had no intake for ${activity}`, {
          brin,
          activity,
        });
      },
    },
    round: {
      name: 'subsidy-round',
      stream: 'round',
      notFound: (roundId) => new RoundError('ROUND.NOT_FOUND', `No subsidy round ${roundId}`, { roundId }),
      listedBy: ['schoolYear'],
      kept: true,
    },
    application: {
      name: 'subsidy-application',
      stream: 'application',
      notFound: (applicationId) =>
        new ApplicationError('APPLICATION.NOT_FOUND', `No application ${applicationId}`, { applicationId }),
      listedBy: ['brin', 'roundId', 'schoolYear'],
      kept: true,
    },
    participation: {
      name: 'participation',
      stream: 'participation',
      notFound: (participationId) =>
        new ParticipationError('PARTICIPATION.NOT_FOUND', `No participation ${participationId}`, {
          participationId,
        }),
      listedBy: ['brin'],
      kept: true,
    },
    /** One catalogue (`catalogue`); until an administrator edits it the built-in default applies. */
    catalogue: {
      name: 'activity-catalogue',
      stream: 'catalogue',
    },
  },
});

/** The stream of each aggregate. */
export const streams = {
  school: (brin: string): string => ENROLMENT_AGGREGATES.streamOf('school', brin),
  inquiry: (inquiryId: string): string => ENROLMENT_AGGREGATES.streamOf('inquiry', inquiryId),
  intake: (brin: string, activity: Activity): string =>
    ENROLMENT_AGGREGATES.streamOf('intake', brin, activity),
  round: (roundId: string): string => ENROLMENT_AGGREGATES.streamOf('round', roundId),
  application: (applicationId: string): string => ENROLMENT_AGGREGATES.streamOf('application', applicationId),
  participation: (participationId: string): string =>
    ENROLMENT_AGGREGATES.streamOf('participation', participationId),
  catalogue: (): string => ENROLMENT_AGGREGATES.streamOf('catalogue'),
} as const;

/** The name each aggregate type has in the commits, which `AggregateStore.list` reads by. */
export const AGGREGATE_TYPES = {
  school: ENROLMENT_AGGREGATES.types.school.name,
  inquiry: ENROLMENT_AGGREGATES.types.inquiry.name,
  intake: ENROLMENT_AGGREGATES.types.intake.name,
  round: ENROLMENT_AGGREGATES.types.round.name,
  application: ENROLMENT_AGGREGATES.types.application.name,
  participation: ENROLMENT_AGGREGATES.types.participation.name,
  catalogue: ENROLMENT_AGGREGATES.types.catalogue.name,
} as const;

// A fixed namespace for the name-based ids below (RFC 9562 §5.5), as bytes: ids already stored were made with it.
const NAMESPACE = Buffer.from('6f6b7200e7a54c1f9a3b0c4e5d6a7b8c', 'hex');

/** A UUID (version 5) derived from its parts: the same parts always give the same id. */
export function nameBasedId(...parts: readonly (string | number)[]): string {
  return uuidv5(parts.join('\u0000'), NAMESPACE);
}

/**
 * The id of a school's n-th application for an activity in a round (n counts from 0). The first commit of
 * its stream claims that place: two help-desk staff filing the same application at once cannot both commit
 * version 1 of the same stream, which makes "one live application per school, activity and round" hold
 * without a query. After a rejection or withdrawal the next application takes place n + 1.
 */
export function applicationIdFor(brin: string, activity: Activity, roundId: string, n: number): string {
  return nameBasedId('application', brin, activity, roundId, n);
}

/** The participation a granted application enrols the school in. */
export function participationIdFor(applicationId: string): string {
  return nameBasedId('participation', applicationId);
}
