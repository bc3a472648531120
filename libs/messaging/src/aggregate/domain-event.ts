import type { EventContract, EventDataOf } from '@okr/contracts';

/** A domain's event contracts by domain event type, e.g. `{ SchoolRegistered: SchoolRegisteredV1, … }`. */
export type ContractMap = Readonly<Record<string, EventContract>>;

/** What a domain decides happened: a type of its contract map and the data that contract describes. */
export interface DomainEvent<TType extends string = string, TData extends object = object> {
  readonly type: TType;
  readonly data: TData;
}

/** The events of a contract map (or of the types `K` of it), each with its data typed by its contract. */
export type DomainEventOf<M extends ContractMap, K extends keyof M & string = keyof M & string> = {
  [T in K]: DomainEvent<T, EventDataOf<M[T]>>;
}[K];

/** What a decide function returns: the next state and the events it causes (possibly none). */
export interface Decision<S, E extends DomainEvent = DomainEvent> {
  readonly state: S;
  readonly events: readonly E[];
}
