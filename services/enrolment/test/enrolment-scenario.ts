// Sets up what an application needs (a registered school, an exploratory conversation, a fit intake and an
// open round), so that component tests and benchmarks start from the same, valid state and change only what
// they are about.
import type { Activity, IntakeOutcome } from '@okr/contracts';
import { randomUUID } from 'node:crypto';
import { AggregateStore } from '@okr/messaging';
import {
  DEFAULT_ACTIVITY_CATALOGUE,
  catalogueEntryOf,
  ceilingCents,
  maximumAmountCents,
} from '../src/domain/activity-catalogue.value-object';
import { dayOf } from '../src/domain/calendar-day.value-object';
import { holdExploratoryConversation, receiveInquiry, type InquiryState } from '../src/domain/inquiry.entity';
import { completeIntake, type IntakeState } from '../src/domain/intake.entity';
import { streams } from '../src/infrastructure/enrolment.aggregates';
import { type EnrolmentApp, freshBrin, schoolBody } from './enrolment-app';

const DAY_MS = 86_400_000;
const SCENARIO_ACTOR = 'scenario';

/** The activity a scenario applies for unless told otherwise. */
export const SCENARIO_ACTIVITY: Activity = 'groeikracht';

/**
 * A round as an administrator opens it: open since yesterday for another 30 days, a budget for 50 grants,
 * every activity of the default catalogue at its ceiling.
 */
export function roundBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now();
  return {
    schoolYear: '2025-2026',
    opensAt: new Date(now - DAY_MS).toISOString(),
    closesAt: new Date(now + 30 * DAY_MS).toISOString(),
    budgetCents: 100_000_000,
    maxGrants: 50,
    activityAmounts: DEFAULT_ACTIVITY_CATALOGUE.map(({ activity, amountRule }) => ({
      activity,
      maxAmountCents: ceilingCents(amountRule),
    })),
    ...overrides,
  };
}

/** Opens a round through the API (as an admin) and returns its id. */
export async function openRound(
  service: EnrolmentApp,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const admin = await service.as('admin', 'scenario-admin');
  const response = await admin.post('/subsidy-rounds').send(roundBody(overrides));
  if (response.status !== 201) {
    throw new Error(`opening a round answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return (response.body as { roundId: string }).roundId;
}

export interface SchoolSetup {
  /** A fresh BRIN when left out. */
  readonly brin?: string;
  /** SCENARIO_ACTIVITY when left out. */
  readonly activity?: Activity;
  /** Changes to the school as registered (schoolBody), e.g. { sector: 'VO' }. */
  readonly school?: Record<string, unknown>;
  /**
   * The school's inquiry: with an exploratory conversation held (the default), without one, or none at all.
   * 'unregistered-with-conversation' records it under the school's name only (as for a school that asked
   * before it was registered), so only an intake naming it links it to the school.
   */
  readonly inquiry?: 'with-conversation' | 'without-conversation' | 'unregistered-with-conversation' | 'none';
  /** The outcome of the pillar's intake for the activity: 'fit' (the default), 'no-fit', or 'none'. */
  readonly intake?: IntakeOutcome | 'none';
}

export interface PreparedSchool {
  readonly brin: string;
  readonly activity: Activity;
  readonly inquiryId?: string;
  readonly intakeId?: string;
}

/**
 * Registers a school through the API and gives it an inquiry, an exploratory conversation and an intake.
 * The inquiry and intake are written to the store with the domain's own functions, exactly as their
 * commands would, so that this helper does not depend on those endpoints.
 */
export async function prepareSchool(service: EnrolmentApp, setup: SchoolSetup = {}): Promise<PreparedSchool> {
  const brin = setup.brin ?? freshBrin();
  const activity = setup.activity ?? SCENARIO_ACTIVITY;
  const desk = await service.as('helpdesk', 'scenario-desk');
  const registered = await desk.post('/schools').send(schoolBody(brin, setup.school));
  if (registered.status !== 201) {
    throw new Error(`registering ${brin} answered ${registered.status}: ${JSON.stringify(registered.body)}`);
  }
  const store = service.app.get(AggregateStore);
  const today = dayOf(new Date());
  const inquiry = setup.inquiry ?? 'with-conversation';
  let inquiryId: string | undefined;
  if (inquiry !== 'none') {
    const id = randomUUID();
    inquiryId = id;
    const unregistered = inquiry === 'unregistered-with-conversation';
    await store.change<InquiryState>(
      streams.inquiry(id),
      { command: 'receive-inquiry', actor: SCENARIO_ACTOR },
      (current) =>
        receiveInquiry(current, {
          inquiryId: id,
          school: unregistered
            ? { kind: 'unregistered', schoolName: `Nog onbekende school ${brin}` }
            : { kind: 'registered', brin },
          ...(unregistered ? { contact: { name: 'Anna de Vries' } } : {}),
          channel: 'phone',
          question: `Kan school ${brin} meedoen met ${activity}?`,
          receivedAt: new Date(),
        }),
    );
    if (inquiry !== 'without-conversation') {
      await store.change<InquiryState>(
        streams.inquiry(id),
        {
          command: 'hold-exploratory-conversation',
          actor: SCENARIO_ACTOR,
        },
        (current) => holdExploratoryConversation(current, { heldOn: today, notes: `Past bij ${activity}` }),
      );
    }
  }
  const outcome = setup.intake ?? 'fit';
  let intakeId: string | undefined;
  if (outcome !== 'none') {
    const id = randomUUID();
    intakeId = id;
    // Each intake is complete in itself: a new one becomes the stream's next version (as complete-intake does).
    await store.change<IntakeState>(
      streams.intake(brin, activity),
      { command: 'complete-intake', actor: SCENARIO_ACTOR },
      () =>
        completeIntake(undefined, {
          intakeId: id,
          brin,
          activity,
          outcome,
          notes: 'Het team wil werken aan begrijpend lezen.',
          heldOn: today,
          ...(inquiryId !== undefined ? { inquiryId } : {}),
        }),
    );
  }
  return {
    brin,
    activity,
    ...(inquiryId !== undefined ? { inquiryId } : {}),
    ...(intakeId !== undefined ? { intakeId } : {}),
  };
}

/** An amount the default catalogue allows for the activity: the fixed amount, or three quarters of the most. */
export function allowedAmountCents(activity: Activity, pupilCount = 320): number {
  const entry = catalogueEntryOf(DEFAULT_ACTIVITY_CATALOGUE, activity);
  if (!entry) throw new Error(`${activity} is not in the default catalogue`);
  const maximum = maximumAmountCents(entry.amountRule, { pupilCount });
  return entry.amountRule.kind === 'fixed' ? maximum : Math.floor((maximum * 3) / 4);
}

/** The body of POST /subsidy-applications for the school, activity and round. */
export function applicationBody(
  school: Pick<PreparedSchool, 'brin' | 'activity'>,
  roundId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    brin: school.brin,
    activity: school.activity,
    roundId,
    requestedAmountCents: allowedAmountCents(school.activity),
    motivation: 'Wij willen een onderzoekscultuur opbouwen rond begrijpend lezen.',
    ...overrides,
  };
}

export interface ReadyToApply extends PreparedSchool {
  readonly roundId: string;
  /** A valid POST /subsidy-applications body. */
  readonly body: Record<string, unknown>;
}

/**
 * A school that may apply: prepared as `setup` says (by default eligible), for the round `roundId`, or for a
 * round opened for it with `round` as changes to roundBody.
 */
export async function readyToApply(
  service: EnrolmentApp,
  setup: SchoolSetup & { readonly roundId?: string; readonly round?: Record<string, unknown> } = {},
): Promise<ReadyToApply> {
  const [school, roundId] = await Promise.all([
    prepareSchool(service, setup),
    setup.roundId !== undefined ? Promise.resolve(setup.roundId) : openRound(service, setup.round),
  ]);
  return { ...school, roundId, body: applicationBody(school, roundId) };
}
