import { EventEnvelope, newEventId } from '../envelope';
import type { EventContract } from '../event-contract';
import { exampleOf } from './event-examples';

/** Envelope fields a test may set; every one has a default. */
export interface ExampleEnvelopeFields {
  eventId?: string;
  /** When it was recorded; now by default. */
  occurredAt?: Date | string;
  /** The Kafka key; by default the data's brin, else its inquiryId, else its roundId. */
  subject?: string;
  source?: string;
  correlationId?: string;
  causationId?: string | null;
}

// The fields that hold a contract's subject, in the order the contracts name them.
const SUBJECT_FIELDS = ['brin', 'inquiryId', 'roundId'] as const;

function subjectOf(data: object): string {
  const fields = new Map<string, unknown>(Object.entries(data));
  for (const field of SUBJECT_FIELDS) {
    const value = fields.get(field);
    if (typeof value === 'string' && value !== '') return value;
  }
  return 'example-subject';
}

/**
 * `data` in an envelope of `contract`, as a producer would publish it. Nothing is validated, so a test can
 * wrap invalid data on purpose; `createEnvelope` is the checked way.
 */
export function envelopeOf<T extends object>(
  contract: EventContract<T>,
  data: T,
  fields: ExampleEnvelopeFields = {},
): EventEnvelope<T> {
  const occurredAt = fields.occurredAt ?? new Date();
  return Object.assign(new EventEnvelope<T>(), {
    eventId: fields.eventId ?? newEventId(),
    type: contract.type,
    version: contract.version,
    occurredAt: typeof occurredAt === 'string' ? occurredAt : occurredAt.toISOString(),
    source: fields.source ?? 'example',
    correlationId: fields.correlationId ?? 'example-correlation',
    causationId: fields.causationId ?? null,
    subject: fields.subject ?? subjectOf(data),
    data,
  });
}

/** An envelope of `contract` around its example data with `overrides`: `exampleOf` and `envelopeOf` in one. */
export function exampleEnvelope<T extends object>(
  contract: EventContract<T>,
  overrides: Partial<T> = {},
  fields: ExampleEnvelopeFields = {},
): EventEnvelope<T> {
  return envelopeOf(contract, exampleOf(contract, overrides), fields);
}
