import {
  deadLetterTopicOf,
  type EventContract,
  type EventEnvelope,
  type EventRegistry,
  parseEnvelope,
  validateEventData,
} from '@okr/contracts';
import type { DeadLetter } from './dead-letter';

export { deadLetterTopicOf };

/** What a raw message turned out to be; every kind but `event` and `skipped` says why it cannot be used. */
export type Decoded =
  /** A known (type, version) whose data its contract accepts. */
  | { kind: 'event'; contract: EventContract; envelope: EventEnvelope<object>; data: object }
  /** A known (type, version) the reader does not want: its data was not validated. */
  | { kind: 'skipped'; contract: EventContract; envelope: EventEnvelope<unknown> }
  /** A well-formed envelope of a (type, version) the registry does not know; dead letter or count it. */
  | { kind: 'unknown'; type: string; version: number; letter: DeadLetter }
  /** A message that is no envelope, or a known event whose data breaks its contract: a dead letter. */
  | { kind: 'invalid'; letter: DeadLetter };

/**
 * Decodes a Kafka message value: parses the envelope, finds the contract of its (type, version) in `registry`,
 * and validates the data against it. `wanted` is asked once the contract is known, so that events a reader
 * does not use are neither validated nor dead-lettered. Never throws.
 */
export function decodeEvent(
  value: Buffer | string | null,
  registry: EventRegistry,
  wanted: (contract: EventContract) => boolean = () => true,
): Decoded {
  const parsed = parseEnvelope(value);
  if (!parsed.ok) return invalid('MALFORMED_ENVELOPE', parsed.detail);
  const { envelope } = parsed;
  const contract = registry.find(envelope.type, envelope.version);
  if (!contract) {
    const known = registry.versionsOf(envelope.type);
    const detail =
      known.length > 0
        ? `${envelope.type} version ${envelope.version} is not known (known: ${known.join(', ')})`
        : `event type ${envelope.type} is not in the catalogue`;
    return {
      kind: 'unknown',
      type: envelope.type,
      version: envelope.version,
      letter: { reason: 'UNKNOWN_EVENT', detail, attempts: 0 },
    };
  }
  if (!wanted(contract)) return { kind: 'skipped', contract, envelope };
  const validated = validateEventData(contract, envelope.data);
  if (!validated.ok) return invalid('INVALID_DATA', validated.detail);
  return { kind: 'event', contract, envelope: { ...envelope, data: validated.data }, data: validated.data };
}

function invalid(reason: 'MALFORMED_ENVELOPE' | 'INVALID_DATA', detail: string): Decoded {
  return { kind: 'invalid', letter: { reason, detail, attempts: 0 } };
}
