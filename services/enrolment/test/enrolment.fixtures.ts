// Builders for the domain's unit tests: each starts from a valid state made by the domain itself, so a test
// changes only what it is about.
import { validateEventData, type Activity, type EventContract, type FieldProblem } from '@okr/contracts';
import { DEFAULT_ACTIVITY_CATALOGUE, ceilingCents } from '../src/domain/activity-catalogue.value-object';
import { DomainError } from '../src/domain/domain.errors';
import type { EligibilityContext } from '../src/domain/eligibility.rules';
import { completeIntake, type IntakeState } from '../src/domain/intake.entity';
import {
  registerSchool,
  type SchoolFacts,
  type SchoolPolicy,
  type SchoolState,
} from '../src/domain/school.entity';
import { submitApplication, type SubsidyApplicationState } from '../src/domain/subsidy-application.entity';
import { openSubsidyRound, type SubsidyRoundState } from '../src/domain/subsidy-round.entity';

export const ids = {
  inquiry: '0b6f5a53-2d1e-4c1b-9a57-3f3e6f1f8a01',
  intake: '1c7e6b64-3e2f-4d2c-8b68-4a4f7a2a9b02',
  round: '2d8f7c75-4f3a-4e3d-9c79-5b5a8b3bac03',
  application: '3e9a8d86-5a4b-4f4e-8d8a-6c6b9c4cbd04',
  otherApplication: '4fab9e97-6b5c-4a5f-9e9b-7d7cad5dce05',
  participation: '5abcafa8-7c6d-4b6a-8fac-8e8dbe6edf06',
  coach: '6bcdb0b9-8d7e-4c7b-9abd-9f9ecf7fe007',
} as const;

export const policy: SchoolPolicy = { smallSchoolPupilThreshold: 150 };

export const schoolFacts: SchoolFacts = {
  name: 'De Regenboog',
  sector: 'PO',
  specialisedEducation: false,
  boardNumber: '41234',
  municipality: 'Zwolle',
  province: 'Overijssel',
  pupilCount: 320,
  weakPerforming: false,
  specialTargetGroups: true,
};

export function aSchool(changes: Partial<SchoolFacts> & { brin?: string } = {}): SchoolState {
  return registerSchool(
    undefined,
    { brin: '12AB', registeredOn: '2025-01-06', ...schoolFacts, ...changes },
    policy,
  ).state;
}

/** A round for 2025-2026, open through March 2025, with room for three grants of 100,000 euro in all. */
export function aRound(changes: Partial<Parameters<typeof openSubsidyRound>[1]> = {}): SubsidyRoundState {
  return openSubsidyRound(undefined, {
    roundId: ids.round,
    schoolYear: '2025-2026',
    opensAt: new Date('2025-03-01T08:00:00Z'),
    closesAt: new Date('2025-04-01T15:00:00Z'),
    budgetCents: 10_000_000,
    maxGrants: 3,
    activityAmounts: DEFAULT_ACTIVITY_CATALOGUE.map(({ activity, amountRule }) => ({
      activity,
      maxAmountCents: ceilingCents(amountRule),
    })),
    ...changes,
  }).state;
}

export function anIntake(changes: Partial<Parameters<typeof completeIntake>[1]> = {}): IntakeState {
  return completeIntake(undefined, {
    intakeId: ids.intake,
    brin: '12AB',
    activity: 'groeikracht',
    outcome: 'fit',
    notes: 'Team wil werken aan begrijpend lezen.',
    heldOn: '2025-02-10',
    ...changes,
  }).state;
}

/** Everything a school needs to apply for Groeikracht in the round. */
export function aContext(changes: Partial<EligibilityContext> = {}): EligibilityContext {
  return {
    school: aSchool(),
    round: aRound(),
    catalogue: DEFAULT_ACTIVITY_CATALOGUE,
    intakes: [anIntake()],
    applications: [],
    exploratoryConversationsOn: ['2025-02-03'],
    ...changes,
  };
}

export const aRequest = (
  changes: { activity?: Activity; requestedAmountCents?: number; submittedAt?: Date } = {},
) => ({
  activity: 'groeikracht' as Activity,
  requestedAmountCents: 3_000_000,
  submittedAt: new Date('2025-03-03T09:30:00Z'),
  ...changes,
});

export function anApplication(
  changes: { applicationId?: string; submittedAt?: Date; requestedAmountCents?: number } = {},
  context: EligibilityContext = aContext(),
): SubsidyApplicationState {
  return submitApplication(
    undefined,
    {
      ...aRequest(changes),
      applicationId: changes.applicationId ?? ids.application,
      motivation: 'Wij willen een onderzoekscultuur opbouwen rond lezen.',
    },
    context,
  ).state;
}

/** The code of the domain error `act` throws; fails the test when it throws nothing or something else. */
export function codeOf(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return (error as DomainError<string>).code;
    throw error;
  }
  throw new Error('expected a domain error, but nothing was thrown');
}

/** The contract's complaints about an event's data; empty when it is valid. */
export function problemsOf<T extends object>(contract: EventContract<T>, data: unknown): FieldProblem[] {
  const result = validateEventData(contract, data);
  return result.ok ? [] : result.problems;
}
