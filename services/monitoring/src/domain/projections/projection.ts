import type { EventContract } from '@okr/contracts';
import { stampOf } from '../calendar';
import type { ProjectedEvent } from '../projected-event';

// A projection folds the events of some contracts into one kind of record (a fact keyed by its natural id).
// Each contract it handles says which record an event merges into (key), what that record is before any
// event (initial), and how the event merges into it (evolve), typed from the contract's data class. Merges
// set fields by rule (first, latest, smallest, union; see merge.ts), never count, so applying an event twice
// or in another order ends in the same record.

/** An event as evolve sees it: its contract's data, typed, and the envelope facts the merge rules use. */
export interface FactEvent<TData> {
  data: TData;
  eventId: string;
  /** ISO moment from the envelope: when the producer recorded it. */
  occurredAt: string;
  /** The event's position for "latest wins" and tie-breaks (stampOf). */
  stamp: string;
}

/** How the events of one contract merge into a record kind. */
export interface ContractRule<TData, TRecord> {
  /** The key of the record the event merges into. */
  key(data: TData): string;
  /** The record the first event about it creates (evolve then merges that event into it too). */
  initial(event: FactEvent<TData>): TRecord;
  /** Merges the event into the record, in place. */
  evolve(record: TRecord, event: FactEvent<TData>): void;
}

/** A contract's rule with its data type checked at run time, so rules of several contracts share one list. */
export interface Handles<TRecord> {
  readonly type: string;
  readonly version: number;
  /** The key of the record the event merges into. */
  keyOf(event: ProjectedEvent): string;
  /** Merges the event into `table`, creating its record if need be; returns whether anything changed. */
  apply(table: Record<string, TRecord>, event: ProjectedEvent): boolean;
}

/** One kind of record, the table of the state it lives in, and the contracts that merge into it. */
export interface Projection<TTable extends string, TRecord> {
  readonly table: TTable;
  readonly handles: ReadonlyArray<Handles<TRecord>>;
}

/** Declares a projection: the records of `table` and the contracts merged into them. */
export function projection<TTable extends string, TRecord>(
  table: TTable,
  handles: ReadonlyArray<Handles<TRecord>>,
): Projection<TTable, TRecord> {
  return { table, handles };
}

/** The `on` of a record kind: `on(SchoolEnrolledV1, { key, initial, evolve })`, data typed from the contract. */
export function handlerFor<TRecord>() {
  return <TData extends object>(
    contract: EventContract<TData>,
    rule: ContractRule<NoInfer<TData>, TRecord>,
  ): Handles<TRecord> => {
    const dataOf = (event: ProjectedEvent): TData => {
      // The projector hands over data validated against this very contract, which makes an instance of its
      // data class; anything else is a bug upstream, and failing loudly dead-letters it with the reason.
      if (event.data instanceof contract.dataClass) return event.data;
      throw new Error(`${contract.type} v${contract.version} data was not validated against its contract`);
    };
    return {
      type: contract.type,
      version: contract.version,
      keyOf: (event) => rule.key(dataOf(event)),
      apply: (table, event) => {
        const data = dataOf(event);
        const key = rule.key(data);
        const fact: FactEvent<TData> = {
          data,
          eventId: event.eventId,
          occurredAt: event.occurredAt,
          stamp: stampOf(event),
        };
        const existing = table[key];
        if (existing === undefined) {
          const created = rule.initial(fact);
          rule.evolve(created, fact);
          table[key] = created;
          return true;
        }
        // Whether it changed is decided by the record's JSON before and after: records are small.
        const before = JSON.stringify(existing);
        rule.evolve(existing, fact);
        return JSON.stringify(existing) !== before;
      },
    };
  };
}
