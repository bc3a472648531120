import { catalogue } from '@okr/contracts';
import type { KpiDefinitions } from '../kpi/kpi-definitions';
import { funnelOf } from './funnel';
import { computedKpisOf, isDue, type KnowsEventType, kpiTokens, kpiViewOf, noSourceKpi } from './kpi-detail';
import { indexParticipations, type RuleRecords } from './kpi-rules/rule-records';
import type { MonitoringState } from './monitoring-state';
import { fiveDFunnelsOf } from './projections/labs/five-d-funnel';
import { labRecordsOf } from './projections/labs/lab-records';
import { equalAccessOf, participationOf, roundsOf } from './programme-views';
import { type Token, ViewAggregates } from './view-aggregates';
import type { MonitoringViews } from './views';

/** Whether the platform's catalogue holds any version of the event type. */
export const inCatalogue: KnowsEventType = (type) => catalogue.versionsOf(type).length > 0;

/**
 * Every view as of the state: pure and deterministic (no clock; the day is a parameter), so any replica computes
 * the same views from the same state and day. KPIs come in the order of the definitions, counting no fact dated
 * after `today` (when given). The reference the live views are tested against: it reads every record of the
 * state at once.
 */
export function computeViews(
  state: MonitoringState,
  definitions: KpiDefinitions,
  knowsEventType: KnowsEventType = inCatalogue,
  today?: string,
): MonitoringViews {
  const records = recordsOf(state);
  const computed = computedKpisOf(definitions, knowsEventType);
  const aggregates = new ViewAggregates();
  for (const kpi of computed) {
    const tokens: Token[] = [];
    for (const fact of kpi.rule.factsOf(records)) if (isDue(fact, today)) kpiTokens(kpi, fact, tokens);
    aggregates.apply(tokens, 1);
  }
  return {
    kpis: definitions.kpis.map((definition) => {
      const kpi = computed.find((candidate) => candidate.definition === definition);
      return kpi === undefined ? noSourceKpi(definition) : kpiViewOf(kpi, aggregates);
    }),
    funnel: funnelOf(state),
    equalAccess: equalAccessOf(state, records.index),
    rounds: roundsOf(state),
    participation: participationOf(state),
    labFunnel: fiveDFunnelsOf(state),
    ignored: { ...state.ignored },
  };
}

function recordsOf(state: MonitoringState): RuleRecords {
  return {
    participations: Object.entries(state.participations),
    coaches: Object.values(state.coaches),
    schoolOf: (brin) => state.schools[brin],
    index: indexParticipations(Object.values(state.participations)),
    labs: labRecordsOf(state),
    expertSchools: {
      expertSchools: Object.values(state.expertSchools),
      trainings: Object.values(state.developmentSchoolTrainings),
      courses: Object.values(state.expertSchoolCourses),
      networks: Object.values(state.regionalNetworks),
      qualityReviews: Object.values(state.expertSchoolQualityReviews),
    },
    knowledge: {
      products: Object.values(state.knowledgeProducts),
      ratings: Object.values(state.knowledgeRatings),
      uses: Object.values(state.knowledgeUses),
      cases: Object.values(state.kennisrotondeCases),
      gatherings: Object.values(state.gatherings),
    },
  };
}
