import { type AskerRole, type CalendarDay, dayOf } from '@okr/contracts';
import { DomainError } from './domain.errors';
import { domainEvent, type Decision, type DomainEvent } from './knowledge-event.value-object';
import type { SourceLink } from './product.entity';
import { dueOn, type ServiceNorm, workingDaysBetween } from './working-days.rules';

// A question to the Kennisrotonde and what became of it (001 §3.3): it comes in, is accepted or declined (out
// of scope, with a reason), assigned to a knowledge broker, answered from the literature with sources, and
// then published as a knowledge product, kept unpublished, or redirected to an answer that already exists.
// Schools that take part in the programme get priority. The asker's name and e-mail and the question's text
// stay in this service: no event carries them.

export const CASE_ERROR_CODES = [
  'CASE.NOT_FOUND',
  'CASE.ALREADY_RECEIVED',
  'CASE.INVALID_TRANSITION',
  'CASE.DAY_OUT_OF_ORDER',
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

/** Who asked: personal data, kept in this service's state only. */
export interface Asker {
  readonly name: string;
  readonly email: string;
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
    readonly asker: Asker;
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
