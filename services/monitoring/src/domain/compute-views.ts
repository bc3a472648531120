import { catalogue } from '@okr/contracts';
import type { KpiDefinitions } from '../kpi/kpi-definitions';
import { funnelOf } from './funnel';
import { kpiDetailOf, type KnowsEventType } from './kpi-detail';
import { indexState } from './kpi-facts';
import type { MonitoringState } from './monitoring-state';
import { equalAccessOf, participationOf, roundsOf } from './programme-views';
import type { MonitoringViews } from './views';

/** Whether the platform's catalogue holds any version of the event type. */
export const inCatalogue: KnowsEventType = (type) => catalogue.versionsOf(type).length > 0;

/**
 * Every view as of the state: pure and deterministic (no clock), so any replica computes the same views
 * from the same state. KPIs come in the order of the definitions.
 */
export function computeViews(
  state: MonitoringState,
  definitions: KpiDefinitions,
  knowsEventType: KnowsEventType = inCatalogue,
): MonitoringViews {
  const index = indexState(state);
  return {
    kpis: definitions.kpis.map((definition) => kpiDetailOf(definition, state, index, knowsEventType)),
    funnel: funnelOf(state),
    equalAccess: equalAccessOf(state, index),
    rounds: roundsOf(state),
    participation: participationOf(state),
    ignored: { ...state.ignored },
  };
}
