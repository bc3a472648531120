import {
  fieldNamesOf,
  jsonKindOf,
  messageOf,
  validateInstance,
  validatePlain,
  type FieldProblem,
} from './class-validation';
import { EventEnvelope } from './envelope';
import type { EventContract } from './event-contract';

export type { FieldProblem } from './class-validation';

export type EnvelopeParse =
  | { ok: true; envelope: EventEnvelope<unknown> }
  | { ok: false; reason: 'MALFORMED_ENVELOPE'; detail: string; problems: FieldProblem[] };

export type DataValidation<T> =
  { ok: true; data: T } | { ok: false; reason: 'INVALID_DATA'; detail: string; problems: FieldProblem[] };

/**
 * Reads a Kafka message value as an event envelope; never throws. The data is checked only for being an
 * object: its shape depends on (type, version), see validateEventData.
 */
export function parseEnvelope(raw: Buffer | string | null): EnvelopeParse {
  if (raw === null) {
    return malformed('message has no value (a tombstone?); expected a JSON event envelope');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
  } catch (error) {
    return malformed(`message is not JSON: ${messageOf(error)}`);
  }
  if (jsonKindOf(parsed) !== 'object') {
    return malformed(`message is a JSON ${jsonKindOf(parsed)}; expected an event envelope object`);
  }
  const envelope = new EventEnvelope();
  for (const [field, value] of Object.entries(parsed as object)) {
    // Defined, not assigned: an own "__proto__" key from JSON.parse must not become the prototype.
    Object.defineProperty(envelope, field, { value, enumerable: true, writable: true, configurable: true });
  }
  let problems: FieldProblem[];
  try {
    problems = validateInstance(envelope);
  } catch (error) {
    // A hostile field (e.g. "constructor") can trip the validator; that is a malformed message too.
    return malformed(`envelope could not be validated: ${messageOf(error)}`);
  }
  if (problems.length > 0) {
    return malformed(`envelope fields invalid: ${fieldNamesOf(problems)}`, problems);
  }
  return { ok: true, envelope };
}

/**
 * Validates an envelope's `data` against `contract`; never throws. Unknown extra fields are accepted and
 * kept, because a version may gain fields after a consumer was built.
 */
export function validateEventData<T extends object>(
  contract: EventContract<T>,
  data: unknown,
): DataValidation<T> {
  const event = `${contract.type} v${contract.version}`;
  if (jsonKindOf(data) !== 'object') {
    return {
      ok: false,
      reason: 'INVALID_DATA',
      detail: `${event} data is a JSON ${jsonKindOf(data)}; expected an object`,
      problems: [],
    };
  }
  let checked: { instance: T; problems: FieldProblem[] };
  try {
    checked = validatePlain(contract.dataClass, data as object);
  } catch (error) {
    // class-transformer throws on some inputs (e.g. a field named "constructor"); never let that escape.
    return {
      ok: false,
      reason: 'INVALID_DATA',
      detail: `${event} data could not be read: ${messageOf(error)}`,
      problems: [],
    };
  }
  const { instance, problems } = checked;
  if (problems.length > 0) {
    return {
      ok: false,
      reason: 'INVALID_DATA',
      detail: `${event} data invalid: ${fieldNamesOf(problems)}`,
      problems,
    };
  }
  return { ok: true, data: instance };
}

function malformed(detail: string, problems: FieldProblem[] = []): EnvelopeParse {
  return { ok: false, reason: 'MALFORMED_ENVELOPE', detail, problems };
}
