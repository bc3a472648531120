import { randomUUID } from 'node:crypto';
import { AggregateStore } from '@okr/messaging';
import { holdExploratoryConversation, type InquiryState, receiveInquiry } from '../src/domain/inquiry.entity';
import { completeIntake } from '../src/domain/intake.entity';
import { streams } from '../src/infrastructure/enrolment.aggregates';
import { type EnrolmentApp, freshBrin, schoolBody, startEnrolment } from './enrolment-app';

describe('desk queries: timeline, audit trail, idempotent POSTs', () => {
  let service: EnrolmentApp;

  beforeAll(async () => {
    service = await startEnrolment();
  });

  afterAll(async () => {
    await service.close();
  });

  it("shows a school's inquiry, conversation and intakes in time order", async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);
    const store = service.app.get(AggregateStore);
    const inquiryId = randomUUID();
    const change = (command: string) => ({ command, actor: 'test' });
    await store.change<InquiryState>(streams.inquiry(inquiryId), change('receive'), () =>
      receiveInquiry(undefined, {
        inquiryId,
        school: { kind: 'registered', brin },
        channel: 'phone',
        receivedAt: new Date('2025-03-03T09:00:00Z'),
      }),
    );
    await store.change<InquiryState>(streams.inquiry(inquiryId), change('talk'), (current) =>
      holdExploratoryConversation(current, { heldOn: '2025-03-10', notes: 'Past bij Groeikracht' }),
    );
    for (const [heldOn, outcome] of [
      ['2025-04-01', 'no-fit'],
      ['2025-05-01', 'fit'],
    ] as const) {
      await store.change(streams.intake(brin, 'groeikracht'), change('intake'), () =>
        completeIntake(undefined, {
          intakeId: randomUUID(),
          brin,
          activity: 'groeikracht',
          outcome,
          notes: '',
          heldOn,
          inquiryId,
        }),
      );
    }

    const response = await desk.get(`/schools/${brin}/timeline`).expect(200);

    const entries = (
      response.body as { entries: { on: string; at?: string; kind: string; summary: string }[] }
    ).entries;
    expect(entries.map((entry) => [entry.on, entry.kind, entry.at])).toEqual([
      ['2025-03-03', 'inquiry-received', '2025-03-03T09:00:00.000Z'],
      ['2025-03-10', 'exploratory-conversation', undefined],
      ['2025-04-01', 'intake', undefined],
      ['2025-05-01', 'intake', undefined],
    ]);
    expect(entries[3]?.summary).toBe('Intake for groeikracht: fit');
  });

  it('answers 404 for the timeline of a school that is not registered and 403 for monitoring', async () => {
    const desk = await service.as('helpdesk');
    await desk.get(`/schools/${freshBrin()}/timeline`).expect(404);
    const monitoring = await service.as('monitoring');
    await monitoring.get(`/schools/${freshBrin()}/timeline`).expect(403);
  });

  it('records who changed a school, when, and each old and new value', async () => {
    const anna = await service.as('helpdesk', 'desk-anna');
    const bram = await service.as('helpdesk', 'desk-bram');
    const brin = freshBrin();
    await anna
      .post('/schools')
      .send(schoolBody(brin, { pupilCount: 320 }))
      .expect(201);
    await bram.patch(`/schools/${brin}`).send({ pupilCount: 120, municipality: 'Kampen' }).expect(200);

    const response = await anna.get(`/schools/${brin}/audit`).expect(200);

    const trail = response.body as {
      version: number;
      actor: string;
      command: string;
      events: string[];
      changes: unknown[];
    }[];
    expect(trail).toHaveLength(2);
    expect(trail[0]).toMatchObject({
      version: 1,
      actor: 'desk-anna',
      command: 'register-school',
      events: ['SchoolRegistered'],
    });
    expect(trail[1]).toMatchObject({
      version: 2,
      actor: 'desk-bram',
      command: 'update-school-profile',
      events: ['SchoolProfileUpdated'],
    });
    expect(trail[1]?.changes).toEqual(
      expect.arrayContaining([
        { path: 'profile.pupilCount', old: 320, new: 120 },
        { path: 'profile.municipality', old: 'Zwolle', new: 'Kampen' },
        { path: 'profile.equalAccess.smallRegional', old: false, new: true },
      ]),
    );
  });

  it('answers 404 for the audit trail of a record that does not exist, 400 for a malformed id', async () => {
    const desk = await service.as('helpdesk');
    const missing = await desk.get(`/subsidy-applications/${randomUUID()}/audit`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'AUDIT.NOT_FOUND' });
    await desk.get('/subsidy-applications/not-a-uuid/audit').expect(400);
  });

  it('answers a retried POST with the same Idempotency-Key with the first answer, without doing it twice', async () => {
    const desk = await service.as('helpdesk', 'desk-retry');
    const brin = freshBrin();
    const key = randomUUID();

    const first = await desk.post('/schools').set('idempotency-key', key).send(schoolBody(brin));
    const retry = await desk.post('/schools').set('idempotency-key', key).send(schoolBody(brin));

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const audit = await desk.get(`/schools/${brin}/audit`).expect(200);
    expect(audit.body).toHaveLength(1);
    // Without the key the same request is a second registration, and refused.
    await desk.post('/schools').send(schoolBody(brin)).expect(409);
  });

  it('refuses an Idempotency-Key reused for a different request', async () => {
    const desk = await service.as('helpdesk', 'desk-reuse');
    const key = randomUUID();
    await desk.post('/schools').set('idempotency-key', key).send(schoolBody(freshBrin())).expect(201);

    const reused = await desk.post('/schools').set('idempotency-key', key).send(schoolBody(freshBrin()));

    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED' });
  });

  it('lets a key be used again after the request it came with was refused', async () => {
    const desk = await service.as('helpdesk', 'desk-refused');
    const key = randomUUID();
    const brin = freshBrin();

    await desk
      .post('/schools')
      .set('idempotency-key', key)
      .send(schoolBody(brin, { pupilCount: -5 }))
      .expect(400);
    const corrected = await desk
      .post('/schools')
      .set('idempotency-key', key)
      .send(schoolBody(brin, { pupilCount: -5 }));
    const honest = await desk.post('/schools').set('idempotency-key', randomUUID()).send(schoolBody(brin));

    expect(corrected.status).toBe(400);
    expect(honest.status).toBe(201);
  });

  it('files one school when ten retries with one key arrive at once', async () => {
    const desk = await service.as('helpdesk', 'desk-burst');
    const brin = freshBrin();
    const key = randomUUID();

    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        desk.post('/schools').set('idempotency-key', key).send(schoolBody(brin)),
      ),
    );

    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect(
      answers
        .filter((answer) => answer.status === 409)
        .every((answer) => (answer.body as { code: string }).code === 'IDEMPOTENCY.IN_PROGRESS'),
    ).toBe(true);
    const audit = await desk.get(`/schools/${brin}/audit`).expect(200);
    expect(audit.body).toHaveLength(1);
  });
});
