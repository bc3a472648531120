import { randomBytes } from 'node:crypto';
import {
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { fieldNamesOf, validateInstance, validatePlain, type FieldProblem } from './class-validation';
import { EVENT_TYPE_PATTERN, type EventContract } from './event-contract';
import { Description, IsNullable } from './schema-hints.decorator';
import { UTC_MOMENT_PATTERN } from './shared/time.value-object';

/** The wrapper every event travels in, the same for every type and version. */
export class EventEnvelope<TData = unknown> {
  @Description('unique id of this event (a UUID, version 7 preferred); consumers are idempotent on it')
  @IsUUID()
  eventId!: string;

  @Description('past-tense name of the event, e.g. SchoolRegistered')
  @Matches(EVENT_TYPE_PATTERN, { message: 'type must be a PascalCase event name, e.g. SchoolRegistered' })
  type!: string;

  @Description('version of the event type; data of one version only ever gains fields')
  @IsInt()
  @Min(1)
  version!: number;

  @Description('when it happened, ISO 8601 in UTC (ends in Z)')
  @IsISO8601({ strict: true })
  @Matches(UTC_MOMENT_PATTERN, { message: 'occurredAt must be an ISO 8601 UTC timestamp ending in Z' })
  occurredAt!: string;

  @Description('the service that produced the event, e.g. enrolment')
  @IsString()
  @MinLength(1)
  source!: string;

  @Description('id shared by everything one request or process caused, for tracing across services')
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  correlationId!: string;

  @Description('eventId of the event that caused this one, or null when a person or schedule did')
  @IsNullable()
  @IsUUID()
  causationId!: string | null;

  @Description('id of the aggregate the event is about, usually a BRIN; it is the Kafka message key')
  @IsString()
  @MinLength(1)
  subject!: string;

  @Description('the event itself; its shape is given by type and version')
  @IsObject()
  data!: TData;
}

/** Raised by createEnvelope when the envelope or its data would not pass a consumer's validation. */
export class InvalidEventError extends Error {
  constructor(
    readonly event: string,
    readonly problems: readonly FieldProblem[],
  ) {
    super(`Invalid ${event} event: ${fieldNamesOf(problems)}`);
    this.name = 'InvalidEventError';
  }
}

export interface EnvelopeFields<TData extends object> {
  data: TData;
  subject: string;
  source: string;
  correlationId: string;
  causationId?: string | null;
  eventId?: string;
  occurredAt?: Date;
}

/**
 * Wraps `fields.data` in an envelope for `contract`, filling eventId (UUID v7) and occurredAt (now). Throws
 * InvalidEventError rather than publish an event every consumer would dead-letter.
 */
export function createEnvelope<TData extends object>(
  contract: EventContract<TData>,
  fields: EnvelopeFields<TData>,
): EventEnvelope<TData> {
  const envelope = Object.assign(new EventEnvelope<TData>(), {
    eventId: fields.eventId ?? newEventId(),
    type: contract.type,
    version: contract.version,
    occurredAt: (fields.occurredAt ?? new Date()).toISOString(),
    source: fields.source,
    correlationId: fields.correlationId,
    causationId: fields.causationId ?? null,
    subject: fields.subject,
    data: fields.data,
  });
  const problems = [
    ...validateInstance(envelope),
    ...validatePlain(contract.dataClass, fields.data).problems.map((problem) => ({
      ...problem,
      field: `data.${problem.field}`,
    })),
  ];
  if (problems.length > 0) {
    throw new InvalidEventError(`${contract.type} v${contract.version}`, problems);
  }
  return envelope;
}

let lastMillis = -1;
let sequence = 0;

// Random bytes for ids, drawn from the system in blocks: one call per id cost ~1% of a busy service's CPU.
const RANDOM_POOL_IDS = 256;
let randomPool = Buffer.alloc(0);
let randomPoolOffset = 0;

function randomIdBytes(): Buffer {
  if (randomPoolOffset >= randomPool.length) {
    randomPool = randomBytes(16 * RANDOM_POOL_IDS);
    randomPoolOffset = 0;
  }
  const bytes = Buffer.from(randomPool.subarray(randomPoolOffset, randomPoolOffset + 16));
  randomPoolOffset += 16;
  return bytes;
}

/**
 * A new UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter, then random bits,
 * so ids sort by creation time, also within one millisecond in this process.
 */
export function newEventId(): string {
  const bytes = randomIdBytes();
  let millis = Date.now();
  if (millis > lastMillis) {
    // RFC 9562 §6.2 method 1: a new millisecond seeds the counter randomly, top bit clear to leave room.
    sequence = bytes.readUInt16BE(6) & 0x7ff;
    lastMillis = millis;
  } else {
    // Same millisecond, or the clock went back: count on from the last id so the order still holds.
    sequence += 1;
    if (sequence > 0xfff) {
      lastMillis += 1;
      sequence = 0;
    }
    millis = lastMillis;
  }
  bytes.writeUIntBE(millis, 0, 6);
  bytes.writeUInt16BE(0x7000 | sequence, 6);
  bytes.writeUInt8(0x80 | (bytes.readUInt8(8) & 0x3f), 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
