import type { EventEnvelope } from '@okr/contracts';
import type { TraceCarrier } from '@okr/service-kit';

/** An event waiting in (or sent from) the outbox, with the topic its contract names. */
export interface StoredEvent {
  topic: string;
  envelope: EventEnvelope;
}

/**
 * One state change of one aggregate, as stored: the new state and the events it caused, in a single
 * document. Commits are only ever inserted (but for redaction); whether the relay has still to publish one is
 * told by its marker in the `outbox` collection (outbox-marker.ts), so publishing never rewrites a commit.
 */
export interface Commit<S = unknown> {
  /** `<stream>#<version>`: unique, so two commands that decided on the same version cannot both commit. */
  _id: string;
  stream: string;
  aggregateType: string;
  version: number;
  state: S;
  events: StoredEvent[];
  /** Unique: `<consumer group>:<eventId>:<stream>` for effects of a consumed event, else the commit id. */
  causationKey: string;
  /** Who caused it (the token subject of an HTTP request), for audit trails. */
  actor?: string;
  /** What was done, in the service's words (e.g. 'submit-application'), for audit trails. */
  command?: string;
  committedAt: Date;
  /**
   * The trace of the request or consumed event that made the commit, so the relay continues it when it
   * publishes, however much later and from whichever process; absent outside a trace.
   */
  trace?: TraceCarrier;
  /**
   * Only on commits written before markers (docs/adr/0004): false until the relay published them, which it
   * then marks here. Commits written since have no such field.
   */
  published?: boolean;
  publishedAt?: Date;
}

export function commitId(stream: string, version: number): string {
  return `${stream}#${version}`;
}
