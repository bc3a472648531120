import type { ProjectedEvent } from './projected-event';
import { enrolmentProjections } from './projections/enrolment';
import { expertSchoolsProjections } from './projections/expert-schools';
import { knowledgeProjections } from './projections/knowledge';
import { labsProjections } from './projections/labs';
import type { Handles, Projection } from './projections/projection';

// The monitoring projection's state: facts keyed by natural ids, merged field by field, so applying events
// is idempotent (redelivery changes nothing) and order-insensitive (any arrival order ends in the same
// state). Counts are never kept here; the views count the facts. Plain JSON: it is snapshotted with
// JSON.stringify and restored with JSON.parse, so no Map, Set, Date or class instances.
//
// The state is built from the projections listed here, one per record kind (see projections/): their tables,
// the (type, version) each handles, and the record each event merges into all come from that list.

/** Every projection, by producing context: a new context is a folder under projections/ and one line here. */
const PROJECTIONS = [
  ...enrolmentProjections,
  ...knowledgeProjections,
  ...labsProjections,
  ...expertSchoolsProjections,
] as const;

type AnyProjection = (typeof PROJECTIONS)[number];
type RecordOfProjection<P> = P extends Projection<string, infer TRecord> ? TRecord : never;

/** The tables of the state: one per projection, its records by key. */
export type StateTables = {
  [P in AnyProjection as P['table']]: Record<string, RecordOfProjection<P>>;
};

export type MonitoringState = StateTables & {
  /** Events the projection does not know, by `type@version`; the projection runner counts them (countIgnored). */
  ignored: Record<string, number>;
};

/** A record of the state: the table it is in and its key there. */
export interface RecordRef {
  table: keyof StateTables;
  key: string;
}

/** The tables of the state, in the order of the projections. */
export const STATE_TABLES: ReadonlyArray<keyof StateTables> = PROJECTIONS.map(({ table }) => table);

interface Route {
  table: keyof StateTables;
  handles: Handles<unknown>;
}

const ROUTES: ReadonlyMap<string, Route> = routesOf(PROJECTIONS);

/** A state without any facts: an empty table per projection. */
export function emptyState(): MonitoringState {
  const state = { ...Object.fromEntries(STATE_TABLES.map((table) => [table, {}])), ignored: {} };
  if (!isState(state)) throw new Error('the empty state lacks a table');
  return state;
}

/**
 * A state restored from a checkpoint, with an empty table for each projection added since it was written (a
 * new pillar's): its events were not projected then, so starting it empty is what the checkpoint means.
 */
export function restoredState(
  saved: Partial<StateTables> & Pick<MonitoringState, 'ignored'>,
): MonitoringState {
  return { ...emptyState(), ...saved };
}

/** The record an event merges into (the one applyEvent may change); undefined for events it does not project. */
export function recordOf(event: ProjectedEvent): RecordRef | undefined {
  const route = ROUTES.get(routeKey(event.type, event.version));
  return route === undefined ? undefined : { table: route.table, key: route.handles.keyOf(event) };
}

/** The event types the projection uses (in any version); any other type leaves the state unchanged. */
export const PROJECTED_EVENT_TYPES: readonly string[] = Object.freeze([
  ...new Set([...ROUTES.values()].map(({ handles }) => handles.type)),
]);

/**
 * Whether the projection reads this version of a type it uses. A newer version of such a type (say SchoolEnrolled
 * v2) is not understood until a projection handles it: the runner counts it as ignored rather than let it pass
 * unnoticed.
 */
export function projectsVersion(type: string, version: number): boolean {
  return ROUTES.has(routeKey(type, version));
}

/** Merges an event's facts into the state, in place; returns whether anything changed. */
export function applyEvent(state: MonitoringState, event: ProjectedEvent): boolean {
  const route = ROUTES.get(routeKey(event.type, event.version));
  return route === undefined ? false : route.handles.apply(state[route.table], event);
}

/** Counts an event the projection does not know; a counter, so the runner calls it once per eventId. */
export function countIgnored(state: MonitoringState, type: string, version: number): void {
  const key = `${type}@${version}`;
  state.ignored[key] = (state.ignored[key] ?? 0) + 1;
}

// Checkpoints between full states

/** What changed in a state: the current value of each changed record, and the ignored counts. */
export interface StateChanges {
  records: Array<[RecordRef['table'], string, unknown]>;
  ignored: Record<string, number>;
}

/** The changes of the records named, as they are now (records are never removed, only merged into). */
export function changesOf(state: MonitoringState, changed: Iterable<RecordRef>): StateChanges {
  const records: StateChanges['records'] = [];
  for (const { table, key } of changed) {
    const record = state[table][key];
    if (record !== undefined) records.push([table, key, record]);
  }
  return { records, ignored: { ...state.ignored } };
}

/** Applies changes taken with changesOf to an older copy of the state, in place. */
export function applyChanges(state: MonitoringState, changes: StateChanges): void {
  for (const [table, key, record] of changes.records) {
    (state[table] as Record<string, unknown>)[key] = record;
  }
  state.ignored = { ...changes.ignored };
}

function routeKey(type: string, version: number): string {
  return `${type}@${version}`;
}

// Each (type, version) merges into one record of one table: the checkpoint and the live views follow that record.
function routesOf(projections: readonly AnyProjection[]): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const { table, handles } of projections) {
    for (const handler of handles) {
      const key = routeKey(handler.type, handler.version);
      if (routes.has(key)) throw new Error(`${handler.type} v${handler.version} is projected twice`);
      routes.set(key, { table, handles: handler });
    }
  }
  return routes;
}

function isState(value: Record<string, object>): value is MonitoringState {
  return STATE_TABLES.every((table) => Object.hasOwn(value, table)) && Object.hasOwn(value, 'ignored');
}
