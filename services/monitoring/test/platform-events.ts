// Events as the enrolment service publishes them, built through their contracts, for component tests.
import { randomUUID } from 'node:crypto';
import {
  type Activity,
  type EventContract,
  PILLAR_OF_ACTIVITY,
  type Sector,
  SchoolEnrolledV1,
  SchoolRegisteredV1,
  SchoolWithdrewV1,
  InquiryReceivedV1,
  ExploratoryConversationHeldV1,
} from '@okr/contracts';

export interface TestEvent {
  contract: EventContract<object>;
  data: object;
  subject: string;
  occurredAt?: Date;
}

const NO_FLAGS = {
  weakPerforming: false,
  specialTargetGroups: false,
  specialisedEducation: false,
  smallRegional: false,
};

let counter = Math.floor(Math.random() * 60_000);

/** A BRIN no other event of the run uses. */
export function nextBrin(): string {
  counter = (counter + 1) % 67_600;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const digits = String(Math.floor(counter / 676)).padStart(2, '0');
  return `${digits}${letters[Math.floor(counter / 26) % 26] ?? 'A'}${letters[counter % 26] ?? 'A'}`;
}

export function schoolRegistered(
  brin: string,
  sector: Sector,
  flags: Partial<typeof NO_FLAGS> = {},
): TestEvent {
  return {
    contract: SchoolRegisteredV1,
    subject: brin,
    data: {
      brin,
      name: `School ${brin}`,
      sector,
      specialisedEducation: flags.specialisedEducation ?? false,
      boardNumber: '41234',
      municipality: 'Zwolle',
      province: 'Overijssel',
      pupilCount: 320,
      equalAccess: { ...NO_FLAGS, ...flags },
    },
  };
}

export function schoolEnrolled(
  brin: string,
  activity: Activity,
  sector: Sector,
  schoolYear = '2023-2024',
  flags: Partial<typeof NO_FLAGS> = {},
  occurredAt?: Date,
): TestEvent {
  return {
    contract: SchoolEnrolledV1,
    subject: brin,
    ...(occurredAt ? { occurredAt } : {}),
    data: {
      brin,
      activity,
      pillar: PILLAR_OF_ACTIVITY[activity],
      sector,
      schoolYear,
      equalAccess: { ...NO_FLAGS, ...flags },
      participationId: randomUUID(),
    },
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
    data: {
      participationId: randomUUID(),
      brin,
      activity,
      pillar: PILLAR_OF_ACTIVITY[activity],
      sector,
      schoolYear,
      reasonCode: 'capacity',
      withdrawnOn: '2024-03-01',
    },
  };
}

export function inquiryReceived(inquiryId: string, brin: string, receivedAt: string): TestEvent {
  return {
    contract: InquiryReceivedV1,
    subject: brin,
    data: { inquiryId, brin, channel: 'email', receivedAt },
  };
}

export function conversationHeld(inquiryId: string, brin: string, heldOn: string): TestEvent {
  return {
    contract: ExploratoryConversationHeldV1,
    subject: brin,
    data: { inquiryId, brin, heldOn },
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
