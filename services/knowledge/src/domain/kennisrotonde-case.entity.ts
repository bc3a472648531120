import { type AskerRole, type CalendarDay, dayOf, workingDaysBetween } from '@okr/contracts';
import { DomainError } from './domain.errors';
import { domainEvent, type Decision, type DomainEvent } from './knowledge-event.value-object';
import type { SourceLink } from './product.entity';
import { dueOn, type ServiceNorm } from './working-days.rules';

// A question to the Kennisrotonde and what became of it (001 §3.3): it comes in, is accepted or declined (out
// of scope, with a reason), assigned to a knowledge broker, answered from the literature with sources, and
// then published as a knowledge product, kept unpublished, or redirected to an answer that already exists.
// Schools that take part in the programme get priority. The asker's name and e-mail and the question's text
// stay in this service: no event carries them. On request they are erased from every version (right to erasure).

export const CASE_ERROR_CODES = [
  'CASE.NOT_FOUND',
  'CASE.ALREADY_RECEIVED',
  'CASE.INVALID_TRANSITION',
  'CASE.DAY_OUT_OF_ORDER',
  'CASE.INVALID_ERASURE',
] as const;
export type CaseErrorCode = (typeof CASE_ERROR_CODES)[number];
export class CaseError extends DomainError<CaseErrorCode> {}

export const CASE_STATUSES = [
  'received',
  'accepted',
  'declined',
  'assigned',
  'answered',
  'published',
  'kept-unpublished',
  'redirected',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Still waiting for an answer: the queue and the service norm are about these. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'accepted', 'assigned'];

export const DECLINE_REASON_CODES = ['out-of-scope', 'insufficient-information', 'duplicate'] as const;
export type DeclineReasonCode = (typeof DECLINE_REASON_CODES)[number];

/** Who asked: personal data, kept in this service's state only; name and e-mail are gone once erased. */
export interface Asker {
  readonly name?: string;
  readonly email?: string;
  readonly role: AskerRole;
}

export interface CaseState {
  readonly caseId: string;
  readonly asker: Asker;
  readonly brin?: string;
  readonly question: string;
  /** ISO 8601 UTC. */
  readonly receivedAt: string;
  readonly receivedOn: CalendarDay;
  /** Whether the school took part in the programme when the question came in. */
  readonly priority: boolean;
  readonly status: CaseStatus;
  readonly acceptedOn?: CalendarDay;
  readonly declined?: {
    readonly declinedOn: CalendarDay;
    readonly reasonCode: DeclineReasonCode;
    readonly reason?: string;
  };
  /** The knowledge broker (a staff id) and when they got it. */
  readonly assignment?: { readonly brokerId: string; readonly assignedOn: CalendarDay };
  readonly answer?: {
    readonly text: string;
    readonly sources: readonly SourceLink[];
    readonly answeredOn: CalendarDay;
  };
  /** What became of the answer: published as, or redirected to, a knowledge product; or kept unpublished. */
  readonly outcome?: { readonly on: CalendarDay; readonly productId?: string };
  /** Set when the asker's name and e-mail were erased on request; the case and every count stay. */
  readonly askerErasedOn?: CalendarDay;
}

const ALLOWED_FROM: Readonly<Record<Exclude<CaseStatus, 'received'>, readonly CaseStatus[]>> = {
  accepted: ['received'],
  declined: ['received'],
  // A broker may hand a question on to another.
  assigned: ['accepted', 'assigned'],
  answered: ['assigned'],
  published: ['answered'],
  'kept-unpublished': ['answered'],
  // A question an existing answer already covers is pointed to it, answered by a broker or not.
  redirected: ['accepted', 'assigned', 'answered'],
};

/** Records a question that came in. */
export function receiveQuestion(
  current: CaseState | undefined,
  input: {
    readonly caseId: string;
    readonly asker: Required<Asker>;
    readonly brin?: string;
    readonly question: string;
    readonly receivedAt: Date;
    readonly priority: boolean;
  },
): Decision<CaseState, DomainEvent<'KennisrotondeQuestionReceived'>> {
  if (current) {
    throw new CaseError('CASE.ALREADY_RECEIVED', `Case ${current.caseId} was already recorded`, {
      caseId: current.caseId,
    });
  }
  const receivedOn = dayOf(input.receivedAt);
  const state: CaseState = {
    caseId: input.caseId,
    asker: { name: input.asker.name.trim(), email: input.asker.email.trim(), role: input.asker.role },
    ...(input.brin !== undefined ? { brin: input.brin } : {}),
    question: input.question.trim(),
    receivedAt: input.receivedAt.toISOString(),
    receivedOn,
    priority: input.priority,
    status: 'received',
  };
  return {
    state,
    events: [
      domainEvent('KennisrotondeQuestionReceived', {
        caseId: input.caseId,
        receivedOn,
        askerRole: input.asker.role,
        ...(input.brin !== undefined ? { brin: input.brin } : {}),
        priority: input.priority,
      }),
    ],
  };
}

/** Takes the question on. */
export function acceptQuestion(
  current: CaseState | undefined,
  input: { readonly acceptedOn: CalendarDay },
): Decision<CaseState> {
  const found = moveTo(current, 'accepted', input.acceptedOn);
  return { state: { ...found, status: 'accepted', acceptedOn: input.acceptedOn }, events: [] };
}

/** Declines the question, e.g. as out of scope, with a reason code (and optionally a note for the asker). */
export function declineQuestion(
  current: CaseState | undefined,
  input: {
    readonly declinedOn: CalendarDay;
    readonly reasonCode: DeclineReasonCode;
    readonly reason?: string;
  },
): Decision<CaseState> {
  const found = moveTo(current, 'declined', input.declinedOn);
  const reason = input.reason?.trim();
  return {
    state: {
      ...found,
      status: 'declined',
      declined: { declinedOn: input.declinedOn, reasonCode: input.reasonCode, ...(reason ? { reason } : {}) },
    },
    events: [],
  };
}

/** Assigns the question to a knowledge broker (again, to hand it on). */
export function assignQuestion(
  current: CaseState | undefined,
  input: { readonly brokerId: string; readonly assignedOn: CalendarDay },
): Decision<CaseState> {
  const found = moveTo(current, 'assigned', input.assignedOn);
  return { state: { ...found, status: 'assigned', assignment: { ...input } }, events: [] };
}

/** Records the broker's answer, and whether it came within the service norm. */
export function answerQuestion(
  current: CaseState | undefined,
  input: {
    readonly text: string;
    readonly sources: readonly SourceLink[];
    readonly answeredOn: CalendarDay;
    readonly norm: ServiceNorm;
  },
): Decision<CaseState, DomainEvent<'KennisrotondeQuestionAnswered'>> {
  const found = moveTo(current, 'answered', input.answeredOn);
  const workingDays = workingDaysBetween(found.receivedOn, input.answeredOn, input.norm.holidays);
  return {
    state: {
      ...found,
      status: 'answered',
      answer: { text: input.text.trim(), sources: input.sources, answeredOn: input.answeredOn },
    },
    events: [
      domainEvent('KennisrotondeQuestionAnswered', {
        caseId: found.caseId,
        answeredOn: input.answeredOn,
        receivedOn: found.receivedOn,
        ...(found.brin !== undefined ? { brin: found.brin } : {}),
        priority: found.priority,
        workingDays,
        withinNorm: input.answeredOn <= dueOn(found.receivedOn, input.norm),
      }),
    ],
  };
}

/** Marks the answer as published: it became the knowledge product `productId` (a draft for the editors). */
export function publishAnswer(
  current: CaseState | undefined,
  input: { readonly productId: string; readonly publishedOn: CalendarDay },
): Decision<CaseState, DomainEvent<'KennisrotondeAnswerPublished'>> {
  const found = moveTo(current, 'published', input.publishedOn);
  return {
    state: { ...found, status: 'published', outcome: { on: input.publishedOn, productId: input.productId } },
    events: [
      domainEvent('KennisrotondeAnswerPublished', {
        caseId: found.caseId,
        productId: input.productId,
        publishedOn: input.publishedOn,
      }),
    ],
  };
}

/** Keeps the answer for the asker only. */
export function keepUnpublished(
  current: CaseState | undefined,
  input: { readonly decidedOn: CalendarDay },
): Decision<CaseState> {
  const found = moveTo(current, 'kept-unpublished', input.decidedOn);
  return { state: { ...found, status: 'kept-unpublished', outcome: { on: input.decidedOn } }, events: [] };
}

/** Points the asker to an existing answer (a published knowledge product). */
export function redirectQuestion(
  current: CaseState | undefined,
  input: { readonly productId: string; readonly redirectedOn: CalendarDay },
): Decision<CaseState> {
  const found = moveTo(current, 'redirected', input.redirectedOn);
  return {
    state: {
      ...found,
      status: 'redirected',
      outcome: { on: input.redirectedOn, productId: input.productId },
    },
    events: [],
  };
}

/** Whether the question still waits for an answer. */
export function isOpen(state: Pick<CaseState, 'status'>): boolean {
  return OPEN_STATUSES.includes(state.status);
}

/**
 * Erases who asked on request (right to erasure): their name and e-mail, and free text that names them (`texts`,
 * as staff wrote it) in the question, the answer and a declination's note. Only state changes: no event carried
 * the person, and the case stays, so every count stays the same. Nothing to decide when nothing is left to erase.
 */
export function eraseAsker(
  current: CaseState | undefined,
  input: { readonly erasedOn: CalendarDay; readonly texts?: readonly string[] },
): Decision<CaseState> | undefined {
  if (!current) throw new CaseError('CASE.NOT_FOUND', 'No such Kennisrotonde case');
  const texts = input.texts ?? [];
  if (texts.some((text) => text.trim().length < 2)) {
    throw new CaseError('CASE.INVALID_ERASURE', 'A text to remove has at least two characters', {
      caseId: current.caseId,
    });
  }
  const scrubbed = withoutAsker(current, texts);
  if (scrubbed === undefined) return undefined;
  return { state: { ...scrubbed, askerErasedOn: current.askerErasedOn ?? input.erasedOn }, events: [] };
}

/** What free text that names an erased person is replaced by. */
export const ERASED_TEXT = '[verwijderd]';

/**
 * The case without the asker's name and e-mail and with every occurrence of `texts` replaced in its free text; the
 * same for every stored version of it. Undefined when the version holds none of them, so it is left as it is.
 */
export function withoutAsker(state: CaseState, texts: readonly string[]): CaseState | undefined {
  const wanted = texts.map((text) => text.trim()).filter((text) => text.length >= 2);
  const scrub = (text: string): string =>
    wanted.reduce((result, name) => result.split(name).join(ERASED_TEXT), text);
  const { answer, declined } = state;
  const next: CaseState = {
    ...state,
    asker: { role: state.asker.role },
    question: scrub(state.question),
    ...(answer !== undefined ? { answer: { ...answer, text: scrub(answer.text) } } : {}),
    ...(declined?.reason !== undefined ? { declined: { ...declined, reason: scrub(declined.reason) } } : {}),
  };
  const changed =
    state.asker.name !== undefined ||
    state.asker.email !== undefined ||
    next.question !== state.question ||
    next.answer?.text !== state.answer?.text ||
    next.declined?.reason !== state.declined?.reason;
  return changed ? next : undefined;
}

/** The case, checked that it may move to `next` on `day`. */
function moveTo(
  current: CaseState | undefined,
  next: Exclude<CaseStatus, 'received'>,
  day: CalendarDay,
): CaseState {
  if (!current) throw new CaseError('CASE.NOT_FOUND', 'No such Kennisrotonde case');
  if (!ALLOWED_FROM[next].includes(current.status)) {
    throw new CaseError('CASE.INVALID_TRANSITION', `A ${current.status} question cannot become ${next}`, {
      caseId: current.caseId,
      status: current.status,
      allowedFrom: ALLOWED_FROM[next],
    });
  }
  if (day < current.receivedOn) {
    throw new CaseError(
      'CASE.DAY_OUT_OF_ORDER',
      `${day} is before the question came in (${current.receivedOn})`,
      {
        caseId: current.caseId,
        day,
        receivedOn: current.receivedOn,
      },
    );
  }
  return current;
}
