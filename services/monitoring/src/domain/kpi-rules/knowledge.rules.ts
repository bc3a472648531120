import {
  type Activity,
  type GatheringKind,
  type KnowledgeProductType,
  madeWithPractitioners,
  type RatingRoleGroup,
} from '@okr/contracts';
import { dayOf, monthOf, schoolYearOf } from '../calendar';
import { isEnrolled, type ParticipationFact } from '../projections/enrolment/participation.projection';
import type { Sector } from '../views';
import type { KpiFact } from './kpi-fact';
import { AVERAGE, DISTINCT_SHARE_OF_SCHOOLS } from './knowledge-measures';
import { DISTINCT, SHARE } from './measure';
import type { RuleKindDefinition } from './rule-kind';
import type { RuleRecords } from './rule-records';

// The rule kinds of the knowledge-sharing KPIs (001 §4.3) and of the improvement-culture row about knowledge
// of effective interventions. Every fact is dated by the business day its event carries.

/** Published products of some types, counted once each from their first publication; per sector written for. */
export interface PublishedProductsRule {
  kind: 'published-products';
  productTypes: KnowledgeProductType[];
}

/** Answered Kennisrotonde questions, or only the programme's extra ones (from participating schools). */
export interface AnsweredQuestionsRule {
  kind: 'answered-questions';
  priorityOnly: boolean;
}

/** Gatherings of some kinds that were held. */
export interface GatheringsHeldRule {
  kind: 'gatherings-held';
  gatheringKinds: GatheringKind[];
}

/** Distinct schools with a recorded effective use of a product, as a percentage of all schools. */
export interface SchoolsUsingProductsRule {
  kind: 'schools-using-products';
}

/** The average rating of products by one KPI role group. */
export interface AverageRatingRule {
  kind: 'average-rating';
  roleGroup: RatingRoleGroup;
}

/** The percentage of published products made with at least one teacher or school leader. */
export interface ProductsWithPractitionersRule {
  kind: 'products-with-practitioners';
}

/** The percentage of schools in the activities' trajectories with a recorded use of an intervention. */
export interface SchoolsUsingInterventionsRule {
  kind: 'schools-using-interventions';
  activities: Activity[];
}

const SECTORS: readonly Sector[] = ['PO', 'VO'];

function fact(subject: string, day: string, sector: Sector | null, extra: Partial<KpiFact> = {}): KpiFact {
  return {
    subject,
    sector,
    schoolYear: schoolYearOf(day),
    month: monthOf(day),
    day: dayOf(day),
    flags: null,
    withdrawn: false,
    yes: false,
    ...extra,
  };
}

export const PUBLISHED_PRODUCTS: RuleKindDefinition<PublishedProductsRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: false,
  // A product for PO and VO counts in each sector and once in total (the measure counts distinct products).
  factsOf: (rule, { knowledge }) =>
    knowledge.products.flatMap(({ productId, productType, firstPublishedOn, sectors }) => {
      if (firstPublishedOn === undefined || !rule.productTypes.includes(productType)) return [];
      const inSectors = SECTORS.filter((sector) => sectors?.includes(sector) === true);
      return inSectors.length === 0
        ? [fact(productId, firstPublishedOn, null)]
        : inSectors.map((sector) => fact(productId, firstPublishedOn, sector));
    }),
};

export const ANSWERED_QUESTIONS: RuleKindDefinition<AnsweredQuestionsRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: false,
  factsOf: (rule, { knowledge }) =>
    knowledge.cases.flatMap(({ caseId, answeredOn, priority }) =>
      answeredOn === undefined || (rule.priorityOnly && !priority) ? [] : [fact(caseId, answeredOn, null)],
    ),
};

export const GATHERINGS_HELD: RuleKindDefinition<GatheringsHeldRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: false,
  factsOf: (rule, { knowledge }) =>
    knowledge.gatherings.flatMap(({ gatheringId, kind, heldOn }) =>
      rule.gatheringKinds.includes(kind) ? [fact(gatheringId, heldOn, null)] : [],
    ),
};

export const SCHOOLS_USING_PRODUCTS: RuleKindDefinition<SchoolsUsingProductsRule> = {
  unit: 'percent',
  measure: DISTINCT_SHARE_OF_SCHOOLS,
  net: false,
  // A school counts once (in total, per sector, per school year), from its first recorded use.
  factsOf: (_rule, { knowledge, schoolOf }) =>
    knowledge.uses.map(({ brin, sector, usedOn }) =>
      fact(brin, usedOn, sector ?? schoolOf(brin)?.sector ?? null),
    ),
};

export const AVERAGE_RATING: RuleKindDefinition<AverageRatingRule> = {
  unit: 'average',
  measure: AVERAGE,
  net: false,
  factsOf: (rule, { knowledge }) =>
    knowledge.ratings.flatMap(({ ratingId, roleGroup, score, ratedOn }) =>
      roleGroup === rule.roleGroup ? [fact(ratingId, ratedOn, null, { value: score })] : [],
    ),
};

export const PRODUCTS_WITH_PRACTITIONERS: RuleKindDefinition<ProductsWithPractitionersRule> = {
  unit: 'percent',
  measure: SHARE,
  net: false,
  factsOf: (_rule, { knowledge }) =>
    knowledge.products.flatMap(({ productId, firstPublishedOn, coCreation }) =>
      firstPublishedOn === undefined || coCreation === undefined
        ? []
        : [fact(productId, firstPublishedOn, null, { yes: madeWithPractitioners(coCreation) })],
    ),
};

/**
 * One fact per school enrolled in a trajectory of the activities: yes when any of its recorded uses is of an
 * intervention. Dated by its earliest enrolment, in that enrolment's sector and school year.
 */
export const SCHOOLS_USING_INTERVENTIONS: RuleKindDefinition<SchoolsUsingInterventionsRule> = {
  unit: 'percent',
  measure: SHARE,
  net: false,
  factsOf: (rule, records) => {
    const usingInterventions = new Set(
      records.knowledge.uses.filter((use) => use.productType === 'intervention').map((use) => use.brin),
    );
    return [...earliestEnrolments(rule.activities, records)].map(([brin, participation]) => ({
      ...fact(brin, participation.enrolledAt, participation.sector ?? null),
      schoolYear: participation.schoolYear,
      flags: participation.equalAccess ?? records.schoolOf(brin)?.equalAccess ?? null,
      yes: usingInterventions.has(brin),
    }));
  },
};

// Each school's earliest enrolment (by day, then key) in one of the activities.
function earliestEnrolments(
  activities: readonly Activity[],
  { participations }: RuleRecords,
): Map<string, ParticipationFact & { enrolledAt: string }> {
  const earliest = new Map<
    string,
    { key: string; participation: ParticipationFact & { enrolledAt: string } }
  >();
  for (const [key, participation] of participations) {
    if (!activities.includes(participation.activity) || !isEnrolled(participation)) continue;
    const known = earliest.get(participation.brin);
    if (
      known === undefined ||
      `${participation.enrolledAt}|${key}` < `${known.participation.enrolledAt}|${known.key}`
    ) {
      earliest.set(participation.brin, { key, participation });
    }
  }
  return new Map([...earliest].map(([brin, { participation }]) => [brin, participation]));
}
