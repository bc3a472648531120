import { randomUUID } from 'node:crypto';
import {
  InquiryReferredV2,
  IntakeCompletedV1,
  SchoolEnrolledV2,
  SubsidyApplicationSubmittedV1,
  SubsidyGrantedV1,
} from '@okr/contracts';
import { exampleOf } from '@okr/contracts/testing';
import { eventually } from '@okr/messaging/testing';
import {
  createTopics,
  EventWriter,
  type MonitoringApp,
  monitoringEnv,
  removeTopics,
  startMonitoring,
  type TestTopics,
} from './support/monitoring-app';
import {
  conversationHeld,
  inquiryReceived,
  nextBrin,
  schoolRegistered,
  type TestEvent,
} from './support/platform-events';

interface Step {
  step: string;
  count: number;
  conversionPercent: number | null;
  medianDaysFromPrevious: number | null;
  definition?: string;
  variants?: Array<{ name: string; count: number }>;
}
interface Funnel {
  steps: Step[];
  bySchoolYear?: Record<string, { steps: Step[] }>;
}

/** A step as the scenario below computes it by hand: [count, conversion %, median days, variants]. */
type Expected = [number, number | null, number | null, Record<string, number>?];

function figuresOf(steps: readonly Step[]): Record<string, Expected> {
  return Object.fromEntries(
    steps.map(({ step, count, conversionPercent, medianDaysFromPrevious, variants }) => [
      step,
      variants === undefined
        ? [count, conversionPercent, medianDaysFromPrevious]
        : [
            count,
            conversionPercent,
            medianDaysFromPrevious,
            Object.fromEntries(variants.map(({ name, count: n }) => [name, n])),
          ],
    ]),
  );
}

// Two school years on the help desk, each step on its own day (the school year starts on 1 August):
//   A: received 2023-09-04, conversation 09-08 (+4), referred to groeikracht 09-15 (+7), fit intake 10-02 (+17),
//      applied 2024-03-04 (+154), granted 04-15 (+42), enrolled 04-15 (+0)                     all in 2023-2024
//   B: received 2023-11-06, conversation 11-10 (+4), referred outside the programme 11-20       all in 2023-2024
//   C: received 2024-05-13, conversation 05-21 (+8), referred 05-31 (+10), no-fit intake 06-10  in 2023-2024;
//      a fit intake of that inquiry on 2024-09-02 (+94 from its referral)                       in 2024-2025
//   D: received 2024-09-09, conversation 09-11 (+2), referred 09-20 (+9), fit intake 10-01 (+11),
//      applied 2025-03-03 (+153), granted 04-14 (+42), enrolled 04-14 (+0)                      all in 2024-2025
//   E: received 2024-10-07 with a conversation recorded on 10-01, before it (a legacy record): the
//      conversation counts, its negative days do not                                           in 2024-2025
describe('the help-desk funnel per school year, from events on Kafka', () => {
  let topics: TestTopics;
  let monitoring: MonitoringApp;
  const writer = new EventWriter();

  beforeAll(async () => {
    topics = await createTopics(['enrolment']);
    monitoring = await startMonitoring(monitoringEnv(topics));
  });

  afterAll(async () => {
    await writer.close();
    await monitoring.close();
    await removeTopics(topics);
  });

  const referred = (inquiryId: string, brin: string, referredOn: string, outside = false): TestEvent => ({
    contract: InquiryReferredV2,
    subject: brin,
    data: exampleOf(
      InquiryReferredV2,
      outside
        ? { inquiryId, brin, referral: 'outside-programme', outsideReasonCode: 'other-programme', referredOn }
        : { inquiryId, brin, referral: 'activities', activities: ['groeikracht'], referredOn },
    ),
  });
  const intake = (
    brin: string,
    inquiryId: string,
    heldOn: string,
    outcome: 'fit' | 'no-fit' = 'fit',
  ): TestEvent => ({
    contract: IntakeCompletedV1,
    subject: brin,
    data: exampleOf(IntakeCompletedV1, {
      intakeId: randomUUID(),
      brin,
      activity: 'groeikracht',
      outcome,
      heldOn,
      inquiryId,
    }),
  });
  /** Applied at 10:00 UTC on `submittedOn`, granted and enrolled on `decidedOn`. */
  const appliedAndGranted = (brin: string, submittedOn: string, decidedOn: string, schoolYear: string) => {
    const applicationId = randomUUID();
    const common = {
      applicationId,
      brin,
      activity: 'groeikracht',
      roundId: randomUUID(),
      schoolYear,
    } as const;
    return [
      {
        contract: SubsidyApplicationSubmittedV1,
        subject: brin,
        data: exampleOf(SubsidyApplicationSubmittedV1, {
          ...common,
          submittedAt: `${submittedOn}T10:00:00.000Z`,
          submittedOn,
        }),
      },
      {
        contract: SubsidyGrantedV1,
        subject: brin,
        data: exampleOf(SubsidyGrantedV1, { ...common, decidedOn }),
      },
      {
        contract: SchoolEnrolledV2,
        subject: brin,
        data: exampleOf(SchoolEnrolledV2, {
          ...common,
          participationId: randomUUID(),
          enrolledOn: decidedOn,
        }),
      },
    ] satisfies TestEvent[];
  };

  it('counts each step in the school year of its own day, with variants and medians never negative', async () => {
    const [a, b, c, d, e] = [nextBrin(), nextBrin(), nextBrin(), nextBrin(), nextBrin()];
    const [qa, qb, qc, qd, qe] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await writer.send(topics.topic('enrolment'), [
      ...[a, b, c, d, e].map((brin) => schoolRegistered(brin, 'PO')),
      inquiryReceived(qa, a, '2023-09-04T09:00:00.000Z'),
      conversationHeld(qa, a, '2023-09-08'),
      referred(qa, a, '2023-09-15'),
      intake(a, qa, '2023-10-02'),
      ...appliedAndGranted(a, '2024-03-04', '2024-04-15', '2024-2025'),
      inquiryReceived(qb, b, '2023-11-06T09:00:00.000Z'),
      conversationHeld(qb, b, '2023-11-10'),
      referred(qb, b, '2023-11-20', true),
      inquiryReceived(qc, c, '2024-05-13T09:00:00.000Z'),
      conversationHeld(qc, c, '2024-05-21'),
      referred(qc, c, '2024-05-31'),
      intake(c, qc, '2024-06-10', 'no-fit'),
      intake(c, qc, '2024-09-02'),
      inquiryReceived(qd, d, '2024-09-09T09:00:00.000Z'),
      conversationHeld(qd, d, '2024-09-11'),
      referred(qd, d, '2024-09-20'),
      intake(d, qd, '2024-10-01'),
      ...appliedAndGranted(d, '2025-03-03', '2025-04-14', '2025-2026'),
      inquiryReceived(qe, e, '2024-10-07T09:00:00.000Z'),
      conversationHeld(qe, e, '2024-10-01'),
    ]);

    const funnel = await eventually(async () => {
      const current = await monitoring.read<Funnel>('/funnel');
      expect(current.steps.find(({ step }) => step === 'enrolments')?.count).toBe(2);
      expect(current.steps.find(({ step }) => step === 'conversations')?.count).toBe(5);
      return current;
    });

    expect(figuresOf(funnel.steps)).toEqual({
      inquiries: [5, null, null],
      conversations: [5, 100, 4],
      referrals: [3, 60, 9, { 'to-activities': 3, 'also-outside-programme': 4 }],
      'fit-intakes': [3, 100, 17, { 'fit-only': 3, 'all-intakes': 4 }],
      applications: [2, 66.7, 153.5],
      grants: [2, 100, 42],
      enrolments: [2, 100, 0],
    });
    expect(Object.keys(funnel.bySchoolYear ?? {})).toEqual(['2023-2024', '2024-2025']);
    expect(figuresOf(funnel.bySchoolYear?.['2023-2024']?.steps ?? [])).toEqual({
      inquiries: [3, null, null],
      conversations: [3, 100, 4],
      referrals: [2, 66.7, 8.5, { 'to-activities': 2, 'also-outside-programme': 3 }],
      'fit-intakes': [1, 50, 17, { 'fit-only': 1, 'all-intakes': 2 }],
      applications: [1, 100, 154],
      grants: [1, 100, 42],
      enrolments: [1, 100, 0],
    });
    expect(figuresOf(funnel.bySchoolYear?.['2024-2025']?.steps ?? [])).toEqual({
      inquiries: [2, null, null],
      conversations: [2, 100, 2],
      referrals: [1, 50, 9, { 'to-activities': 1, 'also-outside-programme': 1 }],
      'fit-intakes': [2, 200, 52.5, { 'fit-only': 2, 'all-intakes': 2 }],
      applications: [1, 50, 153],
      grants: [1, 100, 42],
      enrolments: [1, 100, 0],
    });
    expect(funnel.steps.find(({ step }) => step === 'referrals')?.definition).toContain(
      'not those referred only outside',
    );
  });

  it('shows the same scenario’s participation, gross and net, overall and per school year, and equal access per year', async () => {
    // A was enrolled for 2024-2025 and D for 2025-2026 (the school years of their rounds), both in groeikracht.
    const participation = await eventually(async () => {
      const current = await monitoring.read<{
        pillars: Array<{
          pillar: string;
          schools: number;
          netSchools: number;
          bySchoolYear: Record<string, unknown>;
        }>;
        overall?: { schools: number; netSchools: number; bySchoolYear: Record<string, { schools: number }> };
      }>('/participation');
      expect(current.overall?.schools).toBe(2);
      return current;
    });
    expect(participation.pillars.map(({ pillar }) => pillar)).not.toContain('all');
    expect(participation.pillars.find(({ pillar }) => pillar === 'improvement-culture')).toMatchObject({
      schools: 2,
      netSchools: 2,
      bySchoolYear: {
        '2024-2025': { schools: 1, netSchools: 1 },
        '2025-2026': { schools: 1, netSchools: 1 },
      },
    });
    expect(participation.overall?.bySchoolYear).toEqual({
      '2024-2025': expect.objectContaining({ schools: 1 }) as unknown,
      '2025-2026': expect.objectContaining({ schools: 1 }) as unknown,
    });
    const equalAccess = await monitoring.read<{
      bySchoolYear?: Record<string, { participantsTotal: number; registeredTotal: number }>;
    }>('/equal-access');
    expect(equalAccess.bySchoolYear).toEqual({
      '2024-2025': expect.objectContaining({ participantsTotal: 1, registeredTotal: 5 }) as unknown,
      '2025-2026': expect.objectContaining({ participantsTotal: 1, registeredTotal: 5 }) as unknown,
    });
  });
});
