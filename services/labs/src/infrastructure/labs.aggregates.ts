import { LABS_EVENTS } from '@okr/contracts';
import { defineAggregates, nameBasedId } from '@okr/messaging';
import { LabsError } from '../domain/labs.errors';
import { subjectOf } from '../domain/labs-event.value-object';

/**
 * The labs store as configuration (libs/messaging's AggregateStore): where each aggregate lives, what it is
 * called in the commits, its not-found error and the fields its lists narrow by. A lab's roster is a stream of
 * its own, so the help desk's enrolments never race the lab team's changes to the lab.
 */
export const LABS_AGGREGATES = defineAggregates({
  events: LABS_EVENTS,
  subjectOf,
  types: {
    lab: {
      name: 'lab',
      stream: 'lab',
      notFound: (labId) => new LabsError('LAB.NOT_FOUND', `No lab ${labId}`, { labId }),
    },
    /** The roster of one lab (`roster:<labId>`); it may exist before its lab started (enrolments come first). */
    roster: { name: 'lab-roster', stream: 'roster' },
    subProject: {
      name: 'sub-project',
      stream: 'sub-project',
      notFound: (subProjectId) =>
        new LabsError('SUB_PROJECT.NOT_FOUND', `No sub-project ${subProjectId}`, { subProjectId }),
      listedBy: ['labId'],
    },
    pilot: {
      name: 'pilot',
      stream: 'pilot',
      notFound: (pilotId) => new LabsError('PILOT.NOT_FOUND', `No pilot ${pilotId}`, { pilotId }),
      listedBy: ['labId', 'subProjectId'],
    },
    report: {
      name: 'thematic-report',
      stream: 'report',
      notFound: (reportId) =>
        new LabsError('REPORT.NOT_FOUND', `No thematic report ${reportId}`, { reportId }),
      listedBy: ['labId'],
    },
    labDay: {
      name: 'lab-day',
      stream: 'lab-day',
      notFound: (labDayId) => new LabsError('LAB_DAY.NOT_FOUND', `No lab day ${labDayId}`, { labDayId }),
      listedBy: ['labId'],
    },
  },
});

/** The stream of each aggregate. */
export const streams = {
  lab: (labId: string): string => LABS_AGGREGATES.streamOf('lab', labId),
  roster: (labId: string): string => LABS_AGGREGATES.streamOf('roster', labId),
  subProject: (subProjectId: string): string => LABS_AGGREGATES.streamOf('subProject', subProjectId),
  pilot: (pilotId: string): string => LABS_AGGREGATES.streamOf('pilot', pilotId),
  report: (reportId: string): string => LABS_AGGREGATES.streamOf('report', reportId),
  labDay: (labDayId: string): string => LABS_AGGREGATES.streamOf('labDay', labDayId),
} as const;

/** The name each aggregate type has in the commits, which `AggregateStore.list` reads by. */
export const AGGREGATE_TYPES = {
  lab: LABS_AGGREGATES.types.lab.name,
  subProject: LABS_AGGREGATES.types.subProject.name,
  pilot: LABS_AGGREGATES.types.pilot.name,
  report: LABS_AGGREGATES.types.report.name,
  labDay: LABS_AGGREGATES.types.labDay.name,
} as const;

// The labs service's own namespace for name-based ids (RFC 9562 §5.5); never change it, ids derive from it.
const LABS_NAMESPACE = '3b1f0c2e-8d4a-4f6b-9c7e-2a5d8e1f4b60';

/**
 * A lab's id, from its code: the help desk enrols schools in "TaalLab" before or after the lab team records
 * the lab, and both must land on the same roster.
 */
export function labIdOf(code: string): string {
  return nameBasedId(LABS_NAMESPACE, 'lab', code);
}

/**
 * A partner's id, from its kind and name (case and spacing ignored): the same institute in two labs is one
 * institute, so the KPI counts it once.
 */
export function partnerIdOf(kind: string, name: string): string {
  return nameBasedId(LABS_NAMESPACE, 'partner', kind, name.trim().replace(/\s+/g, ' ').toLowerCase());
}
