import { EXPERT_SCHOOLS_EVENTS, type Region } from '@okr/contracts';
import { defineAggregates } from '@okr/messaging';
import { v5 as uuidv5 } from 'uuid';
import { subjectOf } from '../domain/expert-schools-event.value-object';
import { ExpertSchoolsError } from '../domain/expert-schools.errors';

/**
 * The expert-schools store as configuration (libs/messaging's AggregateStore): where each aggregate lives, what
 * it is called in the commits, its not-found error and the fields lists narrow by.
 */
export const EXPERT_SCHOOLS_AGGREGATES = defineAggregates({
  events: EXPERT_SCHOOLS_EVENTS,
  subjectOf,
  types: {
    /** The help desk's facts of a school (`school:<brin>`), copied from its events. */
    school: { name: 'school', stream: 'school' },
    /** An aspirant, by the id of the participation the help desk enrolled it under. */
    aspirant: {
      name: 'aspirant',
      stream: 'aspirant',
      notFound: (aspirantId) =>
        new ExpertSchoolsError('ASPIRANT.NOT_FOUND', `No aspirant ${aspirantId}`, { aspirantId }),
      listedBy: ['brin', 'schoolYear'],
    },
    developmentSchool: {
      name: 'development-school',
      stream: 'development-school',
      notFound: (developmentSchoolId) =>
        new ExpertSchoolsError(
          'DEVELOPMENT_SCHOOL.NOT_FOUND',
          `No development school ${developmentSchoolId}`,
          {
            developmentSchoolId,
          },
        ),
      listedBy: ['brin', 'schoolYear'],
    },
    hub: {
      name: 'hub',
      stream: 'hub',
      notFound: (hubId) => new ExpertSchoolsError('HUB.NOT_FOUND', `No hub ${hubId}`, { hubId }),
      listedBy: ['schoolYear'],
    },
    course: {
      name: 'course',
      stream: 'course',
      notFound: (courseId) =>
        new ExpertSchoolsError('COURSE.NOT_FOUND', `No course ${courseId}`, { courseId }),
      listedBy: ['expertSchoolBrin'],
    },
    network: {
      name: 'regional-network',
      stream: 'network',
      notFound: (networkId) =>
        new ExpertSchoolsError('NETWORK.NOT_FOUND', `No regional network ${networkId}`, { networkId }),
    },
    /** The review of an expert school for a school year (`quality-review:<brin>:<schoolYear>`). */
    qualityReview: {
      name: 'quality-review',
      stream: 'quality-review',
      notFound: (id) => new ExpertSchoolsError('QUALITY_REVIEW.NOT_FOUND', `No quality review ${id}`, { id }),
      listedBy: ['brin'],
    },
    /** An intervention a co-creation lab designed (`lab-intervention:<id>`), copied from the labs' events. */
    labIntervention: { name: 'lab-intervention', stream: 'lab-intervention' },
    /** One import of yearly results (a CSV file), with the rows it accepted. */
    results: {
      name: 'results-import',
      stream: 'results',
      notFound: (importId) =>
        new ExpertSchoolsError('RESULTS.NOT_FOUND', `No results import ${importId}`, { importId }),
    },
  },
});

/** The stream of each aggregate. */
export const streams = {
  school: (brin: string): string => EXPERT_SCHOOLS_AGGREGATES.streamOf('school', brin),
  aspirant: (aspirantId: string): string => EXPERT_SCHOOLS_AGGREGATES.streamOf('aspirant', aspirantId),
  developmentSchool: (id: string): string => EXPERT_SCHOOLS_AGGREGATES.streamOf('developmentSchool', id),
  hub: (hubId: string): string => EXPERT_SCHOOLS_AGGREGATES.streamOf('hub', hubId),
  course: (courseId: string): string => EXPERT_SCHOOLS_AGGREGATES.streamOf('course', courseId),
  network: (networkId: string): string => EXPERT_SCHOOLS_AGGREGATES.streamOf('network', networkId),
  qualityReview: (brin: string, schoolYear: string): string =>
    EXPERT_SCHOOLS_AGGREGATES.streamOf('qualityReview', brin, schoolYear),
  results: (importId: string): string => EXPERT_SCHOOLS_AGGREGATES.streamOf('results', importId),
  labIntervention: (interventionId: string): string =>
    EXPERT_SCHOOLS_AGGREGATES.streamOf('labIntervention', interventionId),
} as const;

/** The name each aggregate type has in the commits, which `AggregateStore.list` reads by. */
export const AGGREGATE_TYPES = {
  aspirant: EXPERT_SCHOOLS_AGGREGATES.types.aspirant.name,
  developmentSchool: EXPERT_SCHOOLS_AGGREGATES.types.developmentSchool.name,
  hub: EXPERT_SCHOOLS_AGGREGATES.types.hub.name,
  course: EXPERT_SCHOOLS_AGGREGATES.types.course.name,
  network: EXPERT_SCHOOLS_AGGREGATES.types.network.name,
  qualityReview: EXPERT_SCHOOLS_AGGREGATES.types.qualityReview.name,
  results: EXPERT_SCHOOLS_AGGREGATES.types.results.name,
} as const;

// This service's namespace for its name-based ids (RFC 9562 §5.5).
const NAMESPACE = '6f6b72e5-c0a1-4b7e-9d3f-2a1b0c9d8e7f';

/** A UUID (version 5) derived from its parts: the same parts always give the same id. */
export function nameBasedId(...parts: readonly string[]): string {
  return uuidv5(parts.join('\u0000'), NAMESPACE);
}

/** An expert school has one hub per school year: the id claims that place, so two openings cannot both commit. */
export function hubIdFor(expertSchoolBrin: string, schoolYear: string): string {
  return nameBasedId('hub', expertSchoolBrin, schoolYear);
}

/** An expert school's knowledge-sharing session of a school year: one, so its id is the school's and year's. */
export function knowledgeSharingSessionIdFor(expertSchoolBrin: string, schoolYear: string): string {
  return nameBasedId('knowledge-sharing-session', expertSchoolBrin, schoolYear);
}

/** One network per region. */
export function networkIdFor(region: Region): string {
  return nameBasedId('regional-network', region);
}

/** The review of an expert school for a school year. */
export function reviewIdFor(brin: string, schoolYear: string): string {
  return nameBasedId('quality-review', brin, schoolYear);
}

/**
 * The aspirant or development school of a SchoolEnrolled v1 event published before v1 carried the
 * participation id: one per school, activity and school year.
 */
export function enrolmentIdFor(brin: string, activity: string, schoolYear: string): string {
  return nameBasedId('enrolment', brin, activity, schoolYear);
}
