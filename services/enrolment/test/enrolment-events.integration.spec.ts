import {
  parseEnvelope,
  SchoolEnrolledV2,
  TOPICS,
  validateEventData,
  type EventEnvelope,
} from '@okr/contracts';
import { AggregateStore } from '@okr/messaging';
import { eventually, testGroup, testKafka } from '@okr/messaging/testing';
import type { Consumer } from 'kafkajs';
import { randomInt, randomUUID } from 'node:crypto';
import { receiveInquiry, type InquiryState } from '../src/domain/inquiry.entity';
import type { SubsidyRoundState } from '../src/domain/subsidy-round.entity';
import { streams } from '../src/infrastructure/enrolment.aggregates';
import { type EnrolmentApp, freshBrin, startEnrolment } from './enrolment-app';
import {
  DEFAULT_REQUESTED_CENTS,
  openRound,
  registerSchoolDirectly,
  submitApplicationDirectly,
  type SubmittedApplication,
} from './grant-setup';

/** A message as read from the topic, the way any consumer outside this service would see it. */
interface Received {
  key: string;
  value: string;
}

describe('the events a grant publishes on Kafka', () => {
  let service: EnrolmentApp;
  let store: AggregateStore;
  let round: SubsidyRoundState;
  let consumer: Consumer;
  const received: Received[] = [];
  const kafka = testKafka('enrolment-events-test');

  beforeAll(async () => {
    service = await startEnrolment();
    store = service.app.get(AggregateStore);
    round = await openRound(store, { budgetCents: 10 * DEFAULT_REQUESTED_CENTS, maxGrants: 10 });
    // A plain kafkajs consumer of its own group: nothing of the platform's messaging library in between.
    consumer = kafka.consumer({ groupId: testGroup('enrolment-events-reader') });
    await consumer.connect();
    // The service publishes okr.enrolment.v1 in its test namespace, where only this test's events are.
    await consumer.subscribe({ topic: service.topic(TOPICS.enrolment), fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        received.push({ key: message.key?.toString() ?? '', value: message.value?.toString() ?? '' });
        return Promise.resolve();
      },
    });
  }, 60_000);

  afterAll(async () => {
    await consumer?.disconnect();
    await service?.close();
  }, 60_000);

  /** The envelopes with this BRIN as key, of one type, that belong to the application. */
  function envelopesOf(application: SubmittedApplication, type: string): EventEnvelope<unknown>[] {
    return received
      .filter((message) => message.key === application.brin)
      .map((message) => parseEnvelope(message.value))
      .flatMap((parsed) => (parsed.ok ? [parsed.envelope] : []))
      .filter(
        (envelope) =>
          envelope.type === type &&
          (envelope.data as { applicationId?: string }).applicationId === application.applicationId,
      );
  }

  async function grant(application: SubmittedApplication): Promise<void> {
    const officer = await service.as('subsidy-officer');
    await officer.post(`/subsidy-applications/${application.applicationId}/grant`).send({}).expect(200);
  }

  it('puts a SchoolEnrolled on the enrolment topic that the contract accepts, with the school facts and its equal-access snapshot', async () => {
    const brin = freshBrin();
    const school = await registerSchoolDirectly(store, brin, {
      sector: 'VO',
      specialisedEducation: true,
      pupilCount: 90,
      weakPerforming: true,
      specialTargetGroups: true,
    });
    const application = await submitApplicationDirectly(store, school, round);

    await grant(application);

    const raw = await eventually(
      () =>
        received.find(
          (message) =>
            message.key === brin &&
            message.value.includes('"SchoolEnrolled"') &&
            message.value.includes(application.applicationId),
        ),
      30_000,
    );
    const parsed = parseEnvelope(raw.value);
    if (!parsed.ok) throw new Error(`not an envelope: ${parsed.detail}`);
    expect(parsed.envelope).toMatchObject({ type: 'SchoolEnrolled', version: 2, subject: brin });
    const validated = validateEventData(SchoolEnrolledV2, parsed.envelope.data);
    expect(validated.ok ? [] : validated.problems).toEqual([]);
    const granted = await (
      await service.as('subsidy-officer')
    )
      .get(`/subsidy-applications/${application.applicationId}`)
      .expect(200);
    expect(parsed.envelope.data).toEqual({
      brin,
      activity: 'groeikracht',
      pillar: 'improvement-culture',
      sector: 'VO',
      schoolYear: round.schoolYear,
      // A grant enrols the school on the day of the decision.
      enrolledOn: granted.body.decidedOn,
      equalAccess: {
        weakPerforming: true,
        specialTargetGroups: true,
        specialisedEducation: true,
        smallRegional: true,
      },
      applicationId: application.applicationId,
      participationId: application.participationId,
      roundId: round.roundId,
    });
  }, 60_000);

  it('never carries the contact person of an inquiry of the school in any event about that school', async () => {
    const token = randomUUID().slice(0, 8);
    const contact = {
      name: `Jolanda Zwart-${token}`,
      email: `jolanda.${token}@regenboog.example`,
      phone: `+31 6 ${randomInt(10_000_000, 99_999_999)}`,
    };
    const brin = freshBrin();
    const school = await registerSchoolDirectly(store, brin);
    const inquiryId = randomUUID();
    const inquiry = await store.change<InquiryState>(
      streams.inquiry(inquiryId),
      { command: 'receive-inquiry', actor: 'desk-anna' },
      () =>
        receiveInquiry(undefined, {
          inquiryId,
          school: { kind: 'registered', brin },
          contact,
          channel: 'phone',
          question: `Kan ${contact.name} meedoen? Bel ${contact.phone} of mail ${contact.email}.`,
          receivedAt: new Date(),
        }),
    );
    expect(inquiry.state.contact).toEqual(contact);
    const application = await submitApplicationDirectly(store, school, round);

    await grant(application);

    // Commits are published in order, so once SchoolEnrolled is in, every earlier event of the school is too.
    await eventually(
      () => (envelopesOf(application, 'SchoolEnrolled').length > 0 ? true : undefined),
      30_000,
    );
    const aboutTheSchool = received.filter((message) => message.key === brin);
    const types = aboutTheSchool
      .map((message) => parseEnvelope(message.value))
      .flatMap((parsed) => (parsed.ok ? [parsed.envelope] : []))
      .map((envelope) => envelope.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'SchoolRegistered',
        'InquiryReceived',
        'IntakeCompleted',
        'SubsidyApplicationSubmitted',
        'SubsidyGranted',
        'SchoolEnrolled',
      ]),
    );
    const leaks = aboutTheSchool.filter((message) =>
      [contact.name, contact.email, contact.phone, token].some((personal) =>
        message.value.includes(personal),
      ),
    );
    expect(leaks.map((message) => message.value)).toEqual([]);
  }, 60_000);
});
