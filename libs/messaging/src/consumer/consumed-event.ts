import type { EventEnvelope } from '@okr/contracts';

/** What a handler receives: the validated, typed data with its envelope, and where it came from. */
export interface ConsumedEvent<TData> {
  data: TData;
  envelope: EventEnvelope<TData>;
  topic: string;
  partition: number;
  offset: string;
  consumerGroup: string;
  /** 1 for the first try; higher when the handler failed before. */
  attempt: number;
  /**
   * The key that makes this event's effect on `stream` happen once per consumer group: pass it as
   * `causationKey` to CommitStore.transact, and a redelivery finds the effect already committed.
   */
  idempotencyKey(stream: string): string;
}
