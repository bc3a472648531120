import {
  type EventContract,
  SchoolEnrolledV1,
  SchoolEnrolledV2,
  SchoolWithdrewV1,
  TOPICS,
} from '@okr/contracts';
import { envelopeOf, exampleOf } from '@okr/contracts/testing';
import { CommitStore } from '@okr/messaging';
import { eventually, readTopic, testKafka } from '@okr/messaging/testing';
import { FixedClock } from '@okr/service-kit/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { type Caller, type KnowledgeApp, publishedProduct, startKnowledge } from './knowledge-app';

describe('the Kennisrotonde', () => {
  const clock = new FixedClock('2025-03-03T10:00:00Z');
  let service: KnowledgeApp;
  let producer: Producer;
  let broker: Caller;
  let brinCounter = Math.floor(Math.random() * 600);

  beforeAll(async () => {
    service = await startKnowledge({ KENNISROTONDE_NORM_WORKING_DAYS: '15' }, { clock });
    producer = testKafka('kennisrotonde-test').producer();
    await producer.connect();
    broker = await service.as('pillar-team:knowledge', 'broker-7');
  });

  afterEach(() => clock.setTo('2025-03-03T10:00:00Z'));

  afterAll(async () => {
    await producer.disconnect();
    await service.close();
  });

  /** A BRIN no other test of this run uses. */
  function freshBrin(): string {
    brinCounter += 1;
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    return `${10 + (brinCounter % 90)}${letters[Math.floor(brinCounter / 26) % 26] ?? 'A'}${letters[brinCounter % 26] ?? 'A'}`;
  }

  /** Sends an enrolment event as the enrolment service would, on the test's own enrolment topic. */
  async function sendEnrolmentEvent<T extends object>(
    contract: EventContract<T>,
    data: T,
    eventId = randomUUID(),
  ): Promise<void> {
    const envelope = envelopeOf(contract, data, { eventId, source: 'enrolment' });
    await producer.send({
      topic: service.topic(TOPICS.enrolment),
      messages: [{ key: envelope.subject, value: JSON.stringify(envelope) }],
    });
  }

  async function participating(brin: string): Promise<boolean> {
    const response = await broker.get(`/kennisrotonde/participating-schools/${brin}`).expect(200);
    return response.body.participating as boolean;
  }

  async function ask(body: Record<string, unknown> = {}): Promise<string> {
    const response = await broker
      .post('/kennisrotonde/questions')
      .send({
        asker: { name: 'Fatima El Amrani', email: 'f.elamrani@school.example', role: 'teacher' },
        question: 'Werkt hardop denken bij begrijpend lezen?',
        ...body,
      })
      .expect(201);
    return response.body.caseId as string;
  }

  async function assigned(body: Record<string, unknown> = {}): Promise<string> {
    const id = await ask(body);
    await broker.post(`/kennisrotonde/questions/${id}/acceptance`).send({}).expect(200);
    await broker.post(`/kennisrotonde/questions/${id}/assignment`).send({ brokerId: 'broker-7' }).expect(200);
    return id;
  }

  it("records a question with its asker for staff, but publishes neither the asker's name, e-mail nor the question", async () => {
    const brin = freshBrin();
    const tag = randomUUID().slice(0, 8);
    const response = await broker.post('/kennisrotonde/questions').send({
      asker: { name: `Fatima ${tag}`, email: `fatima.${tag}@school.example`, role: 'teacher' },
      brin,
      question: `Werkt hardop denken ${tag}?`,
      receivedAt: '2025-03-03T09:30:00Z',
    });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'received',
      priority: false,
      receivedOn: '2025-03-03',
      dueOn: '2025-03-24',
      overdue: false,
      asker: { name: `Fatima ${tag}`, email: `fatima.${tag}@school.example` },
    });
    const id = response.body.caseId as string;
    expect(await service.eventsOf(`case:${id}`)).toEqual([
      {
        type: 'KennisrotondeQuestionReceived',
        data: { caseId: id, receivedOn: '2025-03-03', askerRole: 'teacher', brin, priority: false },
      },
    ]);
    await broker.post(`/kennisrotonde/questions/${id}/acceptance`).send({}).expect(200);
    await broker.post(`/kennisrotonde/questions/${id}/assignment`).send({ brokerId: 'broker-7' }).expect(200);
    await broker
      .post(`/kennisrotonde/questions/${id}/answer`)
      .send({ text: `Antwoord voor Fatima ${tag}`, sources: [] })
      .expect(200);
    // What went out on Kafka, read back (this is the file's first test: the topic holds this case's events only).
    const published = await readTopic(service.topic(TOPICS.knowledge), 2);
    expect(published.map((message) => message.key)).toEqual([id, id]);
    for (const message of published) {
      expect(message.value).not.toContain(tag);
      expect(message.value).not.toContain('school.example');
    }
  });

  it('takes a question through acceptance, assignment and answer, and publishes whether the answer met the norm', async () => {
    const id = await assigned();
    clock.setTo('2025-03-25T10:00:00Z');

    const answered = await broker.post(`/kennisrotonde/questions/${id}/answer`).send({
      text: 'Ja, mits expliciet voorgedaan.',
      sources: [{ title: 'Review', url: 'https://example.org/r' }],
    });

    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      status: 'answered',
      assignment: { brokerId: 'broker-7', assignedOn: '2025-03-03' },
      answer: { answeredOn: '2025-03-25' },
      overdue: false,
    });
    expect(await service.eventsOf(`case:${id}`)).toEqual([
      {
        type: 'KennisrotondeQuestionAnswered',
        data: {
          caseId: id,
          answeredOn: '2025-03-25',
          receivedOn: '2025-03-03',
          priority: false,
          workingDays: 16,
          withinNorm: false,
        },
      },
    ]);
  });

  it('publishes an answer as a draft knowledge product of type kennisrotonde-answer', async () => {
    const id = await assigned();
    await broker
      .post(`/kennisrotonde/questions/${id}/answer`)
      .send({ text: 'Het antwoord.', sources: [] })
      .expect(200);

    const published = await broker.post(`/kennisrotonde/questions/${id}/publication`).send({
      title: 'Hardop denken bij begrijpend lezen',
      summary: 'Werkt, mits expliciet voorgedaan.',
      themes: ['begrijpend-lezen'],
      sectors: ['PO'],
      pillarCodes: ['P3.A'],
    });

    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    const productId = published.body.outcome.productId as string;
    expect(await service.eventsOf(`case:${id}`)).toEqual([
      { type: 'KennisrotondeAnswerPublished', data: { caseId: id, productId, publishedOn: '2025-03-03' } },
    ]);
    const product = await broker.get(`/products/${productId}`).expect(200);
    expect(product.body).toMatchObject({
      productType: 'kennisrotonde-answer',
      status: 'draft',
      caseId: id,
      workingCopy: { body: 'Het antwoord.', title: 'Hardop denken bij begrijpend lezen' },
    });
    const again = await broker
      .post(`/kennisrotonde/questions/${id}/publication`)
      .send({ title: 'x', summary: 'x', themes: [], sectors: [], pillarCodes: [] });
    expect([again.status, again.body.code]).toEqual([409, 'CASE.INVALID_TRANSITION']);
  });

  it('declines a question out of scope, keeps an answer unpublished, or redirects to a published answer', async () => {
    const declined = await ask();
    const kept = await assigned();
    const redirected = await assigned();
    const existing = await publishedProduct(broker, { productType: 'kennisrotonde-answer' });
    const draftProduct = (
      await broker
        .post('/products')
        .send({
          productType: 'guideline',
          title: 't',
          summary: 's',
          body: 'b',
          themes: [],
          sectors: [],
          pillarCodes: [],
          sources: [],
          coCreation: { teachers: 0, schoolLeaders: 0, teacherEducators: 0, researchers: 0 },
        })
        .expect(201)
    ).body.productId as string;

    const decline = await broker
      .post(`/kennisrotonde/questions/${declined}/declination`)
      .send({ reasonCode: 'out-of-scope', reason: 'Gaat over huisvesting' });
    await broker
      .post(`/kennisrotonde/questions/${kept}/answer`)
      .send({ text: 'Antwoord.', sources: [] })
      .expect(200);
    const keep = await broker.post(`/kennisrotonde/questions/${kept}/non-publication`).send({});
    const toDraft = await broker
      .post(`/kennisrotonde/questions/${redirected}/redirection`)
      .send({ productId: draftProduct });
    const redirect = await broker
      .post(`/kennisrotonde/questions/${redirected}/redirection`)
      .send({ productId: existing });
    const acceptDeclined = await broker.post(`/kennisrotonde/questions/${declined}/acceptance`).send({});

    expect(decline.body).toMatchObject({
      status: 'declined',
      declined: { reasonCode: 'out-of-scope', reason: 'Gaat over huisvesting' },
    });
    expect(keep.body.status).toBe('kept-unpublished');
    expect([toDraft.status, toDraft.body.code]).toEqual([409, 'PRODUCT.NOT_PUBLISHED']);
    expect(redirect.body).toMatchObject({ status: 'redirected', outcome: { productId: existing } });
    expect([acceptDeclined.status, acceptDeclined.body.code]).toEqual([409, 'CASE.INVALID_TRANSITION']);
  });

  it('keeps its own list of participating schools from SchoolEnrolled (v1 and v2) and SchoolWithdrew, once per event', async () => {
    const [viaV1, viaV2] = [freshBrin(), freshBrin()];
    const enrolledV2 = exampleOf(SchoolEnrolledV2, {
      brin: viaV2,
      activity: 'groeikracht',
      schoolYear: '2024-2025',
    });
    const eventId = randomUUID();

    await sendEnrolmentEvent(
      SchoolEnrolledV1,
      exampleOf(SchoolEnrolledV1, { brin: viaV1, participationId: undefined }),
    );
    await sendEnrolmentEvent(SchoolEnrolledV2, enrolledV2, eventId);
    await sendEnrolmentEvent(SchoolEnrolledV2, enrolledV2, eventId);

    await eventually(async () => {
      expect(await participating(viaV1)).toBe(true);
      expect(await participating(viaV2)).toBe(true);
      return true;
    });
    // Same key, so the same partition: the withdrawal is handled after both deliveries of the enrolment.
    await sendEnrolmentEvent(
      SchoolWithdrewV1,
      exampleOf(SchoolWithdrewV1, { brin: viaV2, activity: 'groeikracht', schoolYear: '2024-2025' }),
    );
    await eventually(async () => ((await participating(viaV2)) ? undefined : true));

    // The redelivered enrolment changed nothing: one version for the enrolment, one for the withdrawal.
    expect((await service.app.get(CommitStore).latest(`school:${viaV2}`))?.version).toBe(2);
  });

  it("puts a participating school's question ahead of older questions from others", async () => {
    const school = freshBrin();
    await sendEnrolmentEvent(SchoolEnrolledV2, exampleOf(SchoolEnrolledV2, { brin: school }));
    await eventually(async () => ((await participating(school)) ? true : undefined));
    const older = await ask({ receivedAt: '2025-01-02T09:00:00Z' });

    const ahead = await ask({ brin: school, receivedAt: '2025-03-01T09:00:00Z' });

    const question = await broker.get(`/kennisrotonde/questions/${ahead}`).expect(200);
    expect(question.body.priority).toBe(true);
    const queue = await broker.get('/kennisrotonde/queue?pageSize=100').expect(200);
    const order = (queue.body.items as Array<{ caseId: string }>).map((item) => item.caseId);
    expect(order.indexOf(ahead)).toBeLessThan(order.indexOf(older));
    expect((queue.body.items as Array<{ priority: boolean }>)[0]?.priority).toBe(true);
  });

  it('lists the questions past the service norm, longest overdue first, and counts answered questions per year', async () => {
    const late = await ask({ receivedAt: '2025-01-06T09:00:00Z' });
    const later = await ask({ receivedAt: '2024-12-02T09:00:00Z' });
    const fresh = await ask({ receivedAt: '2025-02-28T09:00:00Z' });

    const overdue = await broker.get('/kennisrotonde/overdue?pageSize=100&today=2025-03-03').expect(200);

    const ids = (overdue.body.items as Array<{ caseId: string }>).map((item) => item.caseId);
    expect(ids.indexOf(later)).toBeLessThan(ids.indexOf(late));
    expect(ids).not.toContain(fresh);
    const lateOne = (
      overdue.body.items as Array<{ caseId: string; dueOn: string; workingDaysOverdue: number }>
    ).find((item) => item.caseId === late);
    expect(lateOne).toMatchObject({ dueOn: '2025-01-27', workingDaysOverdue: 25 });

    const counts = await (await service.as('helpdesk')).get('/kennisrotonde/counts').expect(200);
    expect(counts.body).toEqual(
      expect.objectContaining({
        answered: expect.any(Number),
        extraFromParticipatingSchools: expect.any(Number),
      }),
    );
  });

  it('answers 400, 401, 403, 404, 409 and 422 where it should', async () => {
    const desk = await service.as('helpdesk');
    const id = await ask();

    const noEmail = await broker
      .post('/kennisrotonde/questions')
      .send({ asker: { name: 'A', role: 'teacher' }, question: 'q' });
    const badBrin = await broker.get('/kennisrotonde/participating-schools/12ab');
    const unknown = await broker.post(`/kennisrotonde/questions/${randomUUID()}/acceptance`).send({});
    const answerUnassigned = await broker
      .post(`/kennisrotonde/questions/${id}/answer`)
      .send({ text: 'x', sources: [] });
    const early = await broker
      .post(`/kennisrotonde/questions/${id}/acceptance`)
      .send({ acceptedOn: '2025-03-01' });

    expect([noEmail.status, (noEmail.body.errors as Array<{ field: string }>)[0]?.field]).toEqual([
      400,
      'asker.email',
    ]);
    expect(badBrin.status).toBe(400);
    expect((await service.anonymous().get('/kennisrotonde/queue')).status).toBe(401);
    expect((await desk.post(`/kennisrotonde/questions/${id}/acceptance`).send({})).status).toBe(403);
    expect((await desk.get(`/kennisrotonde/questions/${id}`)).status).toBe(200);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'CASE.NOT_FOUND']);
    expect([answerUnassigned.status, answerUnassigned.body.code]).toEqual([409, 'CASE.INVALID_TRANSITION']);
    expect([early.status, early.body.code]).toEqual([422, 'CASE.DAY_OUT_OF_ORDER']);
  });
});
