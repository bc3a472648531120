// Puts a school, an open round and a submitted application in the store directly, through the domain's own
// decide functions, so grant tests do not depend on the HTTP endpoints that submit applications.
import type { Activity } from '@okr/contracts';
import { randomUUID } from 'node:crypto';
import type { AggregateStore } from '@okr/messaging';
import { DEFAULT_ACTIVITY_CATALOGUE, ceilingCents } from '../src/domain/activity-catalogue.value-object';
import { dayOf } from '../src/domain/calendar-day.value-object';
import { completeIntake, type IntakeState } from '../src/domain/intake.entity';
import { registerSchool, type SchoolFacts, type SchoolState } from '../src/domain/school.entity';
import { submitApplication, type SubsidyApplicationState } from '../src/domain/subsidy-application.entity';
import { openSubsidyRound, type SubsidyRoundState } from '../src/domain/subsidy-round.entity';
import { applicationIdFor, participationIdFor, streams } from '../src/infrastructure/enrolment.aggregates';

const ACTOR = 'grant-setup';
const DAY_MS = 86_400_000;

/** The catalogue's placeholder maximum for groeikracht is 40,000 euro; this asks less. */
export const DEFAULT_REQUESTED_CENTS = 3_000_000;

export interface RoundOptions {
  readonly budgetCents: number;
  readonly maxGrants: number;
  readonly schoolYear?: string;
}

/** Opens a round that takes applications from a month ago until a month from now. */
export async function openRound(store: AggregateStore, options: RoundOptions): Promise<SubsidyRoundState> {
  const roundId = randomUUID();
  const now = Date.now();
  const stored = await store.change<SubsidyRoundState>(
    streams.round(roundId),
    { command: 'open-subsidy-round', actor: ACTOR },
    (current) =>
      openSubsidyRound(current, {
        roundId,
        schoolYear: options.schoolYear ?? '2025-2026',
        opensAt: new Date(now - 30 * DAY_MS),
        closesAt: new Date(now + 30 * DAY_MS),
        budgetCents: options.budgetCents,
        maxGrants: options.maxGrants,
        activityAmounts: DEFAULT_ACTIVITY_CATALOGUE.map(({ activity, amountRule }) => ({
          activity,
          maxAmountCents: ceilingCents(amountRule),
        })),
      }),
  );
  return stored.state;
}

/** Registers a school the way the help desk would, with facts a test may change. */
export async function registerSchoolDirectly(
  store: AggregateStore,
  brin: string,
  facts: Partial<SchoolFacts> = {},
): Promise<SchoolState> {
  const stored = await store.change<SchoolState>(
    streams.school(brin),
    { command: 'register-school', actor: ACTOR },
    (current) =>
      registerSchool(
        current,
        {
          brin,
          registeredOn: '2025-01-06',
          name: `Basisschool ${brin}`,
          sector: 'PO',
          specialisedEducation: false,
          boardNumber: '41234',
          municipality: 'Zwolle',
          province: 'Overijssel',
          pupilCount: 120,
          weakPerforming: true,
          specialTargetGroups: false,
          ...facts,
        },
        { smallSchoolPupilThreshold: 150 },
      ),
  );
  return stored.state;
}

export interface SubmittedApplication {
  readonly brin: string;
  readonly roundId: string;
  readonly applicationId: string;
  readonly participationId: string;
  readonly activity: Activity;
  readonly requestedAmountCents: number;
}

export interface ApplicationOptions {
  readonly activity?: Activity;
  readonly requestedAmountCents?: number;
}

/**
 * A fit intake and a submitted application of a registered school in an open round. The exploratory
 * conversation the rules ask for is taken as held: the inquiry slices are not needed to grant.
 */
export async function submitApplicationDirectly(
  store: AggregateStore,
  school: SchoolState,
  round: SubsidyRoundState,
  options: ApplicationOptions = {},
): Promise<SubmittedApplication> {
  const activity = options.activity ?? 'groeikracht';
  const requestedAmountCents = options.requestedAmountCents ?? DEFAULT_REQUESTED_CENTS;
  const submittedAt = new Date();
  const intake = await store.change<IntakeState>(
    streams.intake(school.brin, activity),
    { command: 'complete-intake', actor: ACTOR },
    (current) =>
      completeIntake(current, {
        intakeId: randomUUID(),
        brin: school.brin,
        activity,
        outcome: 'fit',
        notes: 'Past goed bij de school.',
        heldOn: dayOf(submittedAt),
      }),
  );
  const applicationId = applicationIdFor(school.brin, activity, round.roundId, 0);
  await store.change<SubsidyApplicationState>(
    streams.application(applicationId),
    { command: 'submit-application', actor: ACTOR },
    (current) =>
      submitApplication(
        current,
        {
          applicationId,
          activity,
          requestedAmountCents,
          submittedAt,
          motivation: 'Wij willen een onderzoekscultuur opbouwen.',
        },
        {
          school,
          round,
          catalogue: DEFAULT_ACTIVITY_CATALOGUE,
          intakes: [intake.state],
          applications: [],
          exploratoryConversationsOn: [dayOf(submittedAt)],
        },
      ),
  );
  return {
    brin: school.brin,
    roundId: round.roundId,
    applicationId,
    participationId: participationIdFor(applicationId),
    activity,
    requestedAmountCents,
  };
}

/** A registered school with a submitted application in `round`, ready to be granted. */
export async function applicationReadyToGrant(
  store: AggregateStore,
  brin: string,
  round: SubsidyRoundState,
  options: ApplicationOptions & { readonly school?: Partial<SchoolFacts> } = {},
): Promise<SubmittedApplication> {
  const school = await registerSchoolDirectly(store, brin, options.school);
  return submitApplicationDirectly(store, school, round, options);
}
