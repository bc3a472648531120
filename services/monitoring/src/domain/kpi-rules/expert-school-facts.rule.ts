import type { ExpertSchoolFactsRule, ShareOfTrainingsRule } from '../../kpi/kpi-definitions';
import { dayOf, monthOf, schoolYearOf } from '../calendar';
import type { EqualAccessSnapshot } from '../projections/enrolment/equal-access';
import type { KpiFact } from './kpi-fact';
import { DISTINCT, SHARE } from './measure';
import type { RuleKindDefinition } from './rule-kind';
import type { RuleRecords } from './rule-records';

// The expert-schools pillar's KPIs (001 §4.3) and the labs row "expert schools trained for a lab
// intervention", counted from the expert-schools events only: an aspirant enrolment at the help desk is never
// a trained expert school; only ExpertSchoolCertified is.

/** Distinct subjects of one kind of expert-schools fact, dated by the business day the event carries. */
export const EXPERT_SCHOOL_FACTS: RuleKindDefinition<ExpertSchoolFactsRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: false,
  factsOf: (rule, records) => {
    const { expertSchools, trainings, courses, networks, qualityReviews } = records.expertSchools;
    const flagsOf = schoolFlags(records);
    switch (rule.fact) {
      case 'certified':
        return expertSchools.map((school) =>
          fact(school.brin, school.sector, school.certifiedOn, flagsOf(school.brin)),
        );
      case 'certified-for-lab-intervention':
        return expertSchools.flatMap(({ brin, sector, labCertifiedOn }) =>
          labCertifiedOn === undefined ? [] : [fact(brin, sector, labCertifiedOn, flagsOf(brin))],
        );
      case 'learning-track-given':
        return courses
          .filter(({ kind }) => kind === 'learning-track')
          .map((course) => ({
            ...fact(course.courseId, course.sector, course.givenOn, flagsOf(course.brin)),
            schoolYear: course.schoolYear,
          }));
      case 'trained':
      case 'trained-in-proven-approach':
        return trainings
          .filter(({ approachOrigin }) => rule.fact === 'trained' || approachOrigin === 'proven-approach')
          .map((training) => ({
            ...fact(training.brin, training.sector, training.trainedOn, flagsOf(training.brin)),
            schoolYear: training.schoolYear,
          }));
      case 'regional-network':
        return networks.map((network) => fact(network.networkId, null, network.formedOn, null));
      case 'sustainably-high-quality':
        return latestReviews(qualityReviews)
          .filter(({ sustainablyHighQuality }) => sustainablyHighQuality)
          .map((review) => ({
            ...fact(review.brin, review.sector, review.reviewedOn, flagsOf(review.brin)),
            schoolYear: review.schoolYear,
          }));
    }
  },
};

/**
 * The percentage of completed learning tracks after which the trained teachers' professional confidence was
 * higher than before: one fact per development school, from the month it completed the track.
 */
export const SHARE_OF_TRAININGS: RuleKindDefinition<ShareOfTrainingsRule> = {
  unit: 'percent',
  measure: SHARE,
  net: false,
  factsOf: (_rule, records) => {
    const flagsOf = schoolFlags(records);
    return records.expertSchools.trainings.map((training) => ({
      ...fact(training.developmentSchoolId, training.sector, training.trainedOn, flagsOf(training.brin)),
      schoolYear: training.schoolYear,
      yes: training.confidenceAfter > training.confidenceBefore,
    }));
  },
};

function fact(
  subject: string,
  sector: KpiFact['sector'],
  day: string,
  flags: EqualAccessSnapshot | null,
): KpiFact {
  return {
    subject,
    sector,
    schoolYear: schoolYearOf(day),
    month: monthOf(day),
    day: dayOf(day),
    flags,
    withdrawn: false,
    yes: false,
  };
}

/** A school's equal-access flags: those of its latest enrolment, else of its registered profile. */
function schoolFlags(records: RuleRecords): (brin: string) => EqualAccessSnapshot | null {
  return (brin) =>
    records.index.latestEnrolmentFlags.get(brin) ?? records.schoolOf(brin)?.equalAccess ?? null;
}

/**
 * Each school's latest review (by school year, then stamp): "sustainably" high quality is what the latest
 * review says, so a school whose later review says no no longer counts.
 */
function latestReviews<T extends { brin: string; schoolYear: string; stamp: string }>(
  reviews: readonly T[],
): T[] {
  const latest = new Map<string, T>();
  for (const review of reviews) {
    const held = latest.get(review.brin);
    if (held === undefined || `${review.schoolYear}|${review.stamp}` > `${held.schoolYear}|${held.stamp}`) {
      latest.set(review.brin, review);
    }
  }
  return [...latest.values()];
}
