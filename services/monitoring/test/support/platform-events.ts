// Events as the enrolment service publishes them, from the contracts' example data, for component tests.
import { randomUUID } from 'node:crypto';
import {
  type Activity,
  type EventContract,
  type Sector,
  ExploratoryConversationHeldV1,
  InquiryReceivedV1,
  SchoolEnrolledV1,
  SchoolRegisteredV1,
  SchoolWithdrewV1,
} from '@okr/contracts';
import { brinOf, exampleOf, NO_EQUAL_ACCESS_FLAGS } from '@okr/contracts/testing';

export interface TestEvent {
  contract: EventContract<object>;
  data: object;
  subject: string;
  occurredAt?: Date;
}

type EqualAccessFlags = Partial<typeof NO_EQUAL_ACCESS_FLAGS>;

// BRINs in a random stretch, so the runs of the tests that share a broker rarely name the same school.
let counter = Math.floor(Math.random() * 600_000);

/** A BRIN no other event of the run uses. */
export function nextBrin(): string {
  counter = (counter + 1) % 676_000;
  return brinOf(counter);
}

export function schoolRegistered(brin: string, sector: Sector, flags: EqualAccessFlags = {}): TestEvent {
  return {
    contract: SchoolRegisteredV1,
    subject: brin,
    data: exampleOf(SchoolRegisteredV1, {
      brin,
      name: `School ${brin}`,
      sector,
      specialisedEducation: flags.specialisedEducation ?? false,
      equalAccess: { ...NO_EQUAL_ACCESS_FLAGS, ...flags },
    }),
  };
}

export function schoolEnrolled(
  brin: string,
  activity: Activity,
  sector: Sector,
  schoolYear = '2023-2024',
  flags: EqualAccessFlags = {},
  occurredAt?: Date,
): TestEvent {
  return {
    contract: SchoolEnrolledV1,
    subject: brin,
    ...(occurredAt ? { occurredAt } : {}),
    // An enrolment of its own: no application or round that other enrolments of the test share.
    data: exampleOf(SchoolEnrolledV1, {
      brin,
      activity,
      sector,
      schoolYear,
      equalAccess: { ...NO_EQUAL_ACCESS_FLAGS, ...flags },
      participationId: randomUUID(),
      applicationId: undefined,
      roundId: undefined,
    }),
  };
}

export function schoolWithdrew(
  brin: string,
  activity: Activity,
  sector: Sector,
  schoolYear = '2023-2024',
): TestEvent {
  return {
    contract: SchoolWithdrewV1,
    subject: brin,
    data: exampleOf(SchoolWithdrewV1, {
      participationId: randomUUID(),
      brin,
      activity,
      sector,
      schoolYear,
      withdrawnOn: '2024-03-01',
    }),
  };
}

export function inquiryReceived(inquiryId: string, brin: string, receivedAt: string): TestEvent {
  return {
    contract: InquiryReceivedV1,
    subject: brin,
    data: exampleOf(InquiryReceivedV1, {
      inquiryId,
      brin,
      channel: 'email',
      receivedAt,
      receivedOn: undefined,
    }),
  };
}

export function conversationHeld(inquiryId: string, brin: string, heldOn: string): TestEvent {
  return {
    contract: ExploratoryConversationHeldV1,
    subject: brin,
    data: exampleOf(ExploratoryConversationHeldV1, { inquiryId, brin, heldOn }),
  };
}

/** The seed's pilot year (001 §3): Groeikracht 13 schools (9 PO, 4 VO), De Transformatieve School 12 (3 PO, 9 VO). */
export function pilotYear(): TestEvent[] {
  const enrol = (activity: Activity, sector: Sector, count: number): TestEvent[] =>
    Array.from({ length: count }, () => schoolEnrolled(nextBrin(), activity, sector, '2023-2024'));
  return [
    ...enrol('groeikracht', 'PO', 9),
    ...enrol('groeikracht', 'VO', 4),
    ...enrol('de-transformatieve-school', 'PO', 3),
    ...enrol('de-transformatieve-school', 'VO', 9),
  ];
}

/**
 * Messages of an event type the catalogue does not hold (LabOpened v1), as a producer ahead of monitoring sends
 * them: counted per type, not keyed by fact, so only a checkpoint holding the count with its positions keeps it
 * exact across a restart.
 */
export function unknownEvents(count: number): Array<{ key: string; value: string }> {
  return Array.from({ length: count }, () => ({
    key: 'lab-1',
    value: JSON.stringify({
      eventId: randomUUID(),
      type: 'LabOpened',
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'labs',
      correlationId: randomUUID(),
      causationId: null,
      subject: 'lab-1',
      data: { labId: 'lab-1' },
    }),
  }));
}
