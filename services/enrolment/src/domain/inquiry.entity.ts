import {
  ACTIVITIES,
  BRIN_PATTERN,
  INQUIRY_CHANNELS,
  INQUIRY_OUTCOMES,
  OUTSIDE_REFERRAL_REASON_CODES,
  type Activity,
  type InquiryChannel,
  type InquiryOutcome,
  type OutsideReferralReasonCode,
} from '@okr/contracts';
import { dayOf, isCalendarDay, isMoment, laterOf, type CalendarDay } from './calendar-day.value-object';
import { domainEvent, type Decision, type DomainEvent } from './enrolment-event.value-object';
import { assertFactOrder, type FactOrderRule } from './fact-order.rules';
import { InquiryError } from './inquiry.errors';

export const INQUIRY_STATUSES = ['open', 'conversation-held', 'referred', 'closed'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/** Who asked: personal data, kept in this service's state only and never put in an event. */
export interface ContactPerson {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
}

/** A registered school is known by its BRIN; a school not yet registered gives its name. */
export type InquiringSchool =
  | { readonly kind: 'registered'; readonly brin: string }
  | { readonly kind: 'unregistered'; readonly schoolName: string };

export interface ExploratoryConversation {
  readonly heldOn: CalendarDay;
  readonly notes: string;
}

export type Referral =
  | { readonly kind: 'activities'; readonly activities: readonly Activity[] }
  | { readonly kind: 'outside-programme'; readonly reasonCode: OutsideReferralReasonCode };

export interface InquiryState {
  readonly inquiryId: string;
  readonly brin?: string;
  readonly schoolName?: string;
  readonly contact?: ContactPerson;
  /** Set when the contact person was erased on request; the inquiry itself (and every count) stays. */
  readonly contactErasedOn?: CalendarDay;
  readonly channel: InquiryChannel;
  readonly question?: string;
  /** ISO 8601 UTC. */
  readonly receivedAt: string;
  /** The day of receipt in Dutch time, where the first-response norm counts from. */
  readonly receivedOn: CalendarDay;
  readonly status: InquiryStatus;
  readonly conversations: readonly ExploratoryConversation[];
  readonly referral?: Referral & { readonly referredOn: CalendarDay; readonly notes?: string };
  readonly closedOn?: CalendarDay;
  readonly outcome?: InquiryOutcome;
}

export type InquiryReceived = DomainEvent<'InquiryReceived'>;
export type ExploratoryConversationHeld = DomainEvent<'ExploratoryConversationHeld'>;
export type InquiryReferred = DomainEvent<'InquiryReferred'>;
export type InquiryClosed = DomainEvent<'InquiryClosed'>;

// Which status each step may start from. A follow-up conversation before referral is allowed (the desk may
// need two talks), and an inquiry can be closed without a referral: answered at once, a duplicate, or a school
// that never followed up.
const ALLOWED_FROM: Readonly<Record<'conversation' | 'referral' | 'closing', readonly InquiryStatus[]>> = {
  conversation: ['open', 'conversation-held'],
  referral: ['conversation-held'],
  closing: ['open', 'conversation-held', 'referred'],
};

/** Records an inquiry the help desk received. */
export function receiveInquiry(
  current: InquiryState | undefined,
  input: {
    readonly inquiryId: string;
    readonly school: InquiringSchool;
    /** Required for a school not yet registered: otherwise nobody could be called back. */
    readonly contact?: ContactPerson;
    readonly channel: InquiryChannel;
    readonly question?: string;
    readonly receivedAt: Date;
  },
): Decision<InquiryState, InquiryReceived> {
  if (current) {
    throw new InquiryError('INQUIRY.ALREADY_RECEIVED', `Inquiry ${current.inquiryId} was already recorded`);
  }
  if (!(INQUIRY_CHANNELS as readonly unknown[]).includes(input.channel)) {
    throw new InquiryError('INQUIRY.INVALID_CHANNEL', `Unknown channel ${String(input.channel)}`, {
      allowed: INQUIRY_CHANNELS,
    });
  }
  if (!isMoment(input.receivedAt)) {
    throw new InquiryError('INQUIRY.INVALID_MOMENT', 'The moment of receipt is not a valid date and time');
  }
  const school = schoolOf(input.school);
  if (input.school.kind === 'unregistered' && input.contact === undefined) {
    throw new InquiryError(
      'INQUIRY.CONTACT_REQUIRED',
      'An inquiry from a school that is not registered needs a contact person',
    );
  }
  const contact = input.contact === undefined ? undefined : contactOf(input.contact);
  const receivedAt = input.receivedAt.toISOString();
  const question = input.question?.trim();
  const state: InquiryState = {
    inquiryId: input.inquiryId,
    ...school,
    ...(contact ? { contact } : {}),
    channel: input.channel,
    ...(question ? { question } : {}),
    receivedAt,
    receivedOn: dayOf(input.receivedAt),
    status: 'open',
    conversations: [],
  };
  return {
    state,
    events: [
      domainEvent('InquiryReceived', {
        inquiryId: input.inquiryId,
        ...school,
        channel: input.channel,
        receivedAt,
        receivedOn: state.receivedOn,
      }),
    ],
  };
}

/** Records an exploratory conversation (verkennend gesprek) about the inquiry. */
export function holdExploratoryConversation(
  inquiry: InquiryState | undefined,
  input: { readonly heldOn: CalendarDay; readonly notes: string },
): Decision<InquiryState, ExploratoryConversationHeld> {
  const found = mustExist(inquiry);
  assertFrom(found, 'conversation', 'conversation-held');
  assertDayInOrder('conversation-after-receipt', input.heldOn, found.receivedOn, 'the conversation');
  return {
    state: {
      ...found,
      status: 'conversation-held',
      conversations: [...found.conversations, { heldOn: input.heldOn, notes: input.notes.trim() }],
    },
    events: [
      domainEvent('ExploratoryConversationHeld', {
        inquiryId: found.inquiryId,
        ...brinOf(found),
        heldOn: input.heldOn,
      }),
    ],
  };
}

/** Refers the school, after an exploratory conversation, to one or more activities or outside the programme. */
export function referInquiry(
  inquiry: InquiryState | undefined,
  input: Referral & { readonly referredOn: CalendarDay; readonly notes?: string },
): Decision<InquiryState, InquiryReferred> {
  const found = mustExist(inquiry);
  assertFrom(found, 'referral', 'referred');
  assertDayInOrder('referral-after-conversation', input.referredOn, lastDayOf(found), 'the referral');
  const referral = referralOf(input);
  const notes = input.notes?.trim();
  return {
    state: {
      ...found,
      status: 'referred',
      referral: { ...referral, referredOn: input.referredOn, ...(notes ? { notes } : {}) },
    },
    events: [
      domainEvent('InquiryReferred', {
        inquiryId: found.inquiryId,
        ...brinOf(found),
        referral: referral.kind,
        activities: referral.kind === 'activities' ? [...referral.activities] : [],
        ...(referral.kind === 'outside-programme' ? { outsideReasonCode: referral.reasonCode } : {}),
        referredOn: input.referredOn,
      }),
    ],
  };
}

/**
 * Closes the inquiry. A referred inquiry closes as 'referred'; one that was never referred closes as answered,
 * without follow-up, or as a duplicate.
 */
export function closeInquiry(
  inquiry: InquiryState | undefined,
  input: { readonly closedOn: CalendarDay; readonly outcome: InquiryOutcome },
): Decision<InquiryState, InquiryClosed> {
  const found = mustExist(inquiry);
  assertFrom(found, 'closing', 'closed');
  if (!(INQUIRY_OUTCOMES as readonly unknown[]).includes(input.outcome)) {
    throw new InquiryError('INQUIRY.OUTCOME_NOT_ALLOWED', `Unknown outcome ${String(input.outcome)}`, {
      allowed: INQUIRY_OUTCOMES,
    });
  }
  const referred = found.status === 'referred';
  if (referred !== (input.outcome === 'referred')) {
    throw new InquiryError(
      'INQUIRY.OUTCOME_NOT_ALLOWED',
      referred
        ? 'A referred inquiry closes with the outcome referred'
        : 'Only a referred inquiry can close with the outcome referred',
      { status: found.status, outcome: input.outcome },
    );
  }
  assertDayInOrder('closing-after-last-step', input.closedOn, lastDayOf(found), 'closing');
  return {
    state: { ...found, status: 'closed', closedOn: input.closedOn, outcome: input.outcome },
    events: [
      domainEvent('InquiryClosed', {
        inquiryId: found.inquiryId,
        ...brinOf(found),
        closedOn: input.closedOn,
        outcome: input.outcome,
      }),
    ],
  };
}

/**
 * Anonymises the contact person on request (right to erasure). Only state changes: no event carried the
 * person, and the inquiry stays, so every count stays the same. Nothing to decide when there is nobody left to
 * erase.
 */
export function eraseContact(
  inquiry: InquiryState | undefined,
  input: { readonly erasedOn: CalendarDay; readonly texts?: readonly string[] },
): Decision<InquiryState, never> | undefined {
  const found = mustExist(inquiry);
  if (!isCalendarDay(input.erasedOn)) {
    throw new InquiryError('INQUIRY.INVALID_DATE', 'The day of erasure must be written YYYY-MM-DD');
  }
  const texts = input.texts ?? [];
  if (texts.some((text) => text.trim().length < 2)) {
    throw new InquiryError('INQUIRY.INVALID_ERASURE', 'A text to remove has at least two characters');
  }
  const scrubbed = withoutTexts(found, texts) ?? found;
  if (scrubbed.contact === undefined && scrubbed === found) return undefined;
  const { contact: _erased, ...rest } = scrubbed;
  return { state: { ...rest, contactErasedOn: found.contactErasedOn ?? input.erasedOn }, events: [] };
}

/** What free text that names an erased person is replaced by. */
export const ERASED_TEXT = '[verwijderd]';

/**
 * The inquiry with every occurrence of `texts` (a person's name, as staff wrote it) replaced in its free text:
 * the question, the conversation notes and the referral's notes. Undefined when none occurs, so a version of
 * the history that does not name the person is left as it is.
 */
export function withoutTexts(inquiry: InquiryState, texts: readonly string[]): InquiryState | undefined {
  const wanted = texts.map((text) => text.trim()).filter((text) => text.length >= 2);
  if (wanted.length === 0) return undefined;
  let changed = false;
  const scrub = (text: string): string => {
    let result = text;
    for (const name of wanted) result = result.split(name).join(ERASED_TEXT);
    if (result !== text) changed = true;
    return result;
  };
  const { question, referral } = inquiry;
  const next: InquiryState = {
    ...inquiry,
    ...(question !== undefined ? { question: scrub(question) } : {}),
    conversations: inquiry.conversations.map((talk) => ({ ...talk, notes: scrub(talk.notes) })),
    ...(referral?.notes !== undefined ? { referral: { ...referral, notes: scrub(referral.notes) } } : {}),
  };
  return changed ? next : undefined;
}

function schoolOf(school: InquiringSchool): { brin: string } | { schoolName: string } {
  if (school.kind === 'registered') {
    if (!BRIN_PATTERN.test(school.brin)) {
      throw new InquiryError(
        'INQUIRY.INVALID_BRIN',
        'A BRIN is two digits and two capital letters, e.g. 12AB',
      );
    }
    return { brin: school.brin };
  }
  const schoolName = school.schoolName.trim();
  if (schoolName === '') {
    throw new InquiryError('INQUIRY.SCHOOL_NAME_REQUIRED', 'A school that is not registered gives its name');
  }
  return { schoolName };
}

function contactOf(contact: ContactPerson): ContactPerson {
  const name = contact.name.trim();
  const email = contact.email?.trim();
  const phone = contact.phone?.trim();
  if (name === '') throw new InquiryError('INQUIRY.INVALID_CONTACT', 'A contact person needs a name');
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new InquiryError(
      'INQUIRY.INVALID_CONTACT',
      'The e-mail address of the contact person is not valid',
    );
  }
  return { name, ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
}

function referralOf(input: Referral): Referral {
  if (input.kind === 'outside-programme') {
    if (!(OUTSIDE_REFERRAL_REASON_CODES as readonly unknown[]).includes(input.reasonCode)) {
      throw new InquiryError(
        'INQUIRY.INVALID_REFERRAL_REASON',
        'A referral outside the programme needs one of the known reason codes',
        { allowed: OUTSIDE_REFERRAL_REASON_CODES },
      );
    }
    return { kind: 'outside-programme', reasonCode: input.reasonCode };
  }
  const activities = [...new Set(input.activities)];
  if (activities.length === 0) {
    throw new InquiryError(
      'INQUIRY.REFERRAL_WITHOUT_ACTIVITIES',
      'A referral to the programme names at least one activity',
    );
  }
  const unknown = activities.filter((activity) => !(ACTIVITIES as readonly string[]).includes(activity));
  if (unknown.length > 0) {
    throw new InquiryError('INQUIRY.UNKNOWN_ACTIVITY', `Unknown activities: ${unknown.join(', ')}`, {
      unknown,
    });
  }
  return { kind: 'activities', activities };
}

function mustExist(inquiry: InquiryState | undefined): InquiryState {
  if (!inquiry) throw new InquiryError('INQUIRY.NOT_FOUND', 'The inquiry does not exist');
  return inquiry;
}

function assertFrom(inquiry: InquiryState, step: keyof typeof ALLOWED_FROM, to: InquiryStatus): void {
  if (!ALLOWED_FROM[step].includes(inquiry.status)) {
    throw new InquiryError(
      'INQUIRY.INVALID_TRANSITION',
      `An inquiry cannot go from ${inquiry.status} to ${to}`,
      { from: inquiry.status, to },
    );
  }
}

function assertDayInOrder(rule: FactOrderRule, day: CalendarDay, earliest: CalendarDay, what: string): void {
  if (!isCalendarDay(day)) {
    throw new InquiryError('INQUIRY.INVALID_DATE', `The day of ${what} must be a day written YYYY-MM-DD`);
  }
  assertFactOrder(rule, day, earliest, ({ message, ...details }) => {
    return new InquiryError('INQUIRY.DATE_OUT_OF_ORDER', message, details);
  });
}

function lastDayOf(inquiry: InquiryState): CalendarDay {
  const days = [inquiry.receivedOn, ...inquiry.conversations.map((talk) => talk.heldOn)];
  if (inquiry.referral) days.push(inquiry.referral.referredOn);
  return days.reduce(laterOf);
}

function brinOf(inquiry: InquiryState): { brin?: string } {
  return inquiry.brin ? { brin: inquiry.brin } : {};
}
