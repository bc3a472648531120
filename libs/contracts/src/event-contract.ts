// class-transformer's @Type reads decorator metadata; every event file imports this one before declaring its
// data class, so loading the polyfill here lets contracts work outside a NestJS app too.
import 'reflect-metadata';

/** Past-tense PascalCase event names, e.g. 'SchoolRegistered'; shared with the envelope check. */
export const EVENT_TYPE_PATTERN = /^[A-Z][A-Za-z0-9]*$/;

/** What a producer and its consumers agree on for one (type, version) of an event. */
export interface EventContract<TData extends object = object> {
  /** Past tense PascalCase, e.g. 'SchoolRegistered'. */
  readonly type: string;
  /** Integer >= 1; a change that is not additive is a new version. */
  readonly version: number;
  /** The topic the event is published on, e.g. TOPICS.enrolment. */
  readonly topic: string;
  /** One line: what happened. */
  readonly description: string;
  /** What the envelope subject (the Kafka key) holds, e.g. 'BRIN of the school'. */
  readonly subject: string;
  /** The class-validator class of the envelope's `data`. */
  readonly dataClass: new () => TData;
}

export type EventDataOf<C> = C extends EventContract<infer T> ? T : never;

/** Checks a contract's type, version and texts, and returns it frozen; throws naming what is wrong. */
export function defineEvent<TData extends object>(spec: EventContract<TData>): EventContract<TData> {
  const name = `${spec.type} v${spec.version}`;
  const problems = [
    EVENT_TYPE_PATTERN.test(spec.type) ? undefined : 'type must be PascalCase, e.g. SchoolRegistered',
    Number.isInteger(spec.version) && spec.version >= 1 ? undefined : 'version must be an integer >= 1',
    spec.topic.trim() === '' ? 'topic must not be empty' : undefined,
    isOneLine(spec.description) ? undefined : 'description must be one non-empty line',
    isOneLine(spec.subject) ? undefined : 'subject must be one non-empty line',
    typeof spec.dataClass === 'function' ? undefined : 'dataClass must be a class',
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) {
    throw new Error(`Invalid event contract ${name}: ${problems.join('; ')}`);
  }
  return Object.freeze({ ...spec });
}

function isOneLine(text: string): boolean {
  return text.trim() !== '' && !/[\r\n]/.test(text);
}
