import { CommitStore } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import { dayOf } from '../src/domain/calendar-day.value-object';
import {
  anonymous,
  type Caller,
  type EnrolmentApp,
  freshBrin,
  schoolBody,
  startEnrolment,
} from './enrolment-app';

describe('intakes', () => {
  let service: EnrolmentApp;

  beforeAll(async () => {
    service = await startEnrolment();
  });

  afterAll(async () => {
    await service.close();
  });

  async function registeredSchool(): Promise<string> {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);
    return brin;
  }

  function intakeBody(brin: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      brin,
      activity: 'groeikracht',
      outcome: 'fit',
      notes: 'Team wil werken aan begrijpend lezen.',
      heldOn: '2025-02-10',
      ...overrides,
    };
  }

  async function record(pillar: Caller, body: Record<string, unknown>): Promise<void> {
    await pillar.post('/intakes').send(body).expect(201);
  }

  it('records a fit intake for a registered school and puts IntakeCompleted in the outbox without the notes', async () => {
    const pillar = await service.as('pillar-team:enrolment', 'pillar-piet');
    const brin = await registeredSchool();

    const response = await pillar.post('/intakes').send(intakeBody(brin));

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      brin,
      activity: 'groeikracht',
      pillar: 'improvement-culture',
      outcome: 'fit',
      notes: 'Team wil werken aan begrijpend lezen.',
      heldOn: '2025-02-10',
      version: 1,
    });
    expect(response.body.intakeId).toMatch(/^[0-9a-f-]{36}$/);
    const commit = await service.app.get(CommitStore).latest(`intake:${brin}:groeikracht`);
    expect(commit?.actor).toBe('pillar-piet');
    expect(commit?.events.map((event) => event.envelope.type)).toEqual(['IntakeCompleted']);
    expect(commit?.events[0]?.envelope.data).toMatchObject({
      intakeId: response.body.intakeId,
      brin,
      outcome: 'fit',
    });
    expect(JSON.stringify(commit?.events)).not.toContain('begrijpend lezen');
  });

  it('holds the intake today when no day is given, and lets an admin record one', async () => {
    const admin = await service.as('admin');
    const brin = await registeredSchool();

    const response = await admin
      .post('/intakes')
      .send(intakeBody(brin, { heldOn: undefined, activity: 'taallab-participating' }));

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ heldOn: dayOf(new Date()), pillar: 'co-creation-labs' });
  });

  it('shows the intake that counts to the pillar team, the help desk and the subsidy officer', async () => {
    const pillar = await service.as('pillar-team:enrolment');
    const brin = await registeredSchool();
    await record(pillar, intakeBody(brin, { outcome: 'no-fit' }));

    for (const role of ['pillar-team:enrolment', 'helpdesk', 'subsidy-officer', 'admin'] as const) {
      const reader = await service.as(role);
      const response = await reader.get(`/schools/${brin}/intakes/groeikracht`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ brin, activity: 'groeikracht', outcome: 'no-fit', version: 1 });
    }
  });

  it('records a new intake for the same school and activity as the next version, which then counts', async () => {
    const pillar = await service.as('pillar-team:enrolment');
    const brin = await registeredSchool();
    await record(pillar, intakeBody(brin, { outcome: 'no-fit', heldOn: '2025-02-10' }));

    const second = await pillar
      .post('/intakes')
      .send(intakeBody(brin, { outcome: 'fit', heldOn: '2025-05-12' }));

    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ outcome: 'fit', version: 2 });
    const counting = await pillar.get(`/schools/${brin}/intakes/groeikracht`).expect(200);
    expect(counting.body).toMatchObject({ intakeId: second.body.intakeId, outcome: 'fit', version: 2 });
    const history = await service.app.get(CommitStore).history(`intake:${brin}:groeikracht`);
    expect(history.map((commit) => commit.events.map((event) => event.envelope.type))).toEqual([
      ['IntakeCompleted'],
      ['IntakeCompleted'],
    ]);
  });

  it('keeps counting the intake held last when an earlier one is recorded late', async () => {
    const pillar = await service.as('pillar-team:enrolment');
    const brin = await registeredSchool();
    await record(pillar, intakeBody(brin, { outcome: 'fit', heldOn: '2025-03-10' }));
    await record(pillar, intakeBody(brin, { outcome: 'no-fit', heldOn: '2025-02-01' }));

    const counting = await pillar.get(`/schools/${brin}/intakes/groeikracht`).expect(200);

    expect(counting.body).toMatchObject({ outcome: 'fit', heldOn: '2025-03-10', version: 1 });
  });

  it('lets a no-fit count over a fit held on the same day', async () => {
    const pillar = await service.as('pillar-team:enrolment');
    const brin = await registeredSchool();
    await record(pillar, intakeBody(brin, { outcome: 'no-fit', heldOn: '2025-03-10' }));
    await record(pillar, intakeBody(brin, { outcome: 'fit', heldOn: '2025-03-10' }));

    const counting = await pillar.get(`/schools/${brin}/intakes/groeikracht`).expect(200);

    expect(counting.body).toMatchObject({ outcome: 'no-fit', version: 1 });
  });

  it('keeps the intakes of one school for different activities apart', async () => {
    const pillar = await service.as('pillar-team:enrolment');
    const brin = await registeredSchool();
    await record(pillar, intakeBody(brin, { activity: 'groeikracht', outcome: 'fit' }));
    await record(pillar, intakeBody(brin, { activity: 'de-transformatieve-school', outcome: 'no-fit' }));

    const groeikracht = await pillar.get(`/schools/${brin}/intakes/groeikracht`).expect(200);
    const transformative = await pillar.get(`/schools/${brin}/intakes/de-transformatieve-school`).expect(200);

    expect(groeikracht.body).toMatchObject({ outcome: 'fit', version: 1 });
    expect(transformative.body).toMatchObject({ outcome: 'no-fit', version: 1 });
  });

  it('links an intake to the inquiry it followed from', async () => {
    const desk = await service.as('helpdesk');
    const pillar = await service.as('pillar-team:enrolment');
    const brin = await registeredSchool();
    const inquiry = await desk
      .post('/inquiries')
      .send({ brin, channel: 'email', receivedAt: '2025-02-03T09:00:00Z' })
      .expect(201);
    const inquiryId = inquiry.body.inquiryId as string;

    const response = await pillar.post('/intakes').send(intakeBody(brin, { inquiryId }));

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ inquiryId });
    const commit = await service.app.get(CommitStore).latest(`intake:${brin}:groeikracht`);
    expect(commit?.events[0]?.envelope.data).toMatchObject({ inquiryId });
  });

  it('refuses with 422 naming the rule an intake held before its inquiry came in, or before its referral', async () => {
    const desk = await service.as('helpdesk');
    const pillar = await service.as('pillar-team:enrolment');
    const brin = await registeredSchool();
    const inquiryId = (
      await desk
        .post('/inquiries')
        .send({ brin, channel: 'email', receivedAt: '2025-02-03T09:00:00Z' })
        .expect(201)
    ).body.inquiryId as string;
    await desk
      .post(`/inquiries/${inquiryId}/conversations`)
      .send({ heldOn: '2025-02-05', notes: 'Verkennend' })
      .expect(201);
    await desk
      .post(`/inquiries/${inquiryId}/referral`)
      .send({ kind: 'activities', activities: ['groeikracht'], referredOn: '2025-02-07' })
      .expect(201);

    const beforeInquiry = await pillar
      .post('/intakes')
      .send(intakeBody(brin, { inquiryId, heldOn: '2025-02-02' }));
    const beforeReferral = await pillar
      .post('/intakes')
      .send(intakeBody(brin, { inquiryId, heldOn: '2025-02-06' }));

    expect(beforeInquiry.status).toBe(422);
    expect(beforeInquiry.body).toMatchObject({
      code: 'INTAKE.DATE_OUT_OF_ORDER',
      details: { rule: 'intake-after-inquiry', day: '2025-02-02', earliest: '2025-02-03' },
    });
    expect(beforeReferral.status).toBe(422);
    expect(beforeReferral.body).toMatchObject({
      code: 'INTAKE.DATE_OUT_OF_ORDER',
      details: { rule: 'intake-after-referral' },
    });
    expect(beforeReferral.body.title).toContain('intake-after-referral');
    await pillar.get(`/schools/${brin}/intakes/groeikracht`).expect(404);
  });

  it('refuses with 422 an intake of another school than its inquiry’s', async () => {
    const desk = await service.as('helpdesk');
    const pillar = await service.as('pillar-team:enrolment');
    const [asking, other] = [await registeredSchool(), await registeredSchool()];
    const inquiryId = (
      await desk
        .post('/inquiries')
        .send({ brin: asking, channel: 'email', receivedAt: '2025-02-03T09:00:00Z' })
        .expect(201)
    ).body.inquiryId as string;

    const response = await pillar.post('/intakes').send(intakeBody(other, { inquiryId }));

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'INTAKE.SCHOOL_MISMATCH',
      details: { inquiryBrin: asking, brin: other },
    });
    await pillar.get(`/schools/${other}/intakes/groeikracht`).expect(404);
  });

  it('refuses an intake for a school that is not registered with 404', async () => {
    const pillar = await service.as('pillar-team:enrolment');

    const response = await pillar.post('/intakes').send(intakeBody(freshBrin()));

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'SCHOOL.NOT_REGISTERED' });
  });

  it('refuses an intake that names an inquiry that does not exist with 404', async () => {
    const pillar = await service.as('pillar-team:enrolment');
    const brin = await registeredSchool();

    const response = await pillar.post('/intakes').send(intakeBody(brin, { inquiryId: randomUUID() }));

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'INQUIRY.NOT_FOUND' });
    await pillar.get(`/schools/${brin}/intakes/groeikracht`).expect(404);
  });

  it('answers 404 when the school had no intake for the activity', async () => {
    const pillar = await service.as('pillar-team:enrolment');
    const brin = await registeredSchool();
    await record(pillar, intakeBody(brin, { activity: 'groeikracht' }));

    const response = await pillar.get(`/schools/${brin}/intakes/development-school`);

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'INTAKE.NOT_FOUND' });
  });

  it('answers 400 naming every invalid field, and for a path with an unknown activity or BRIN', async () => {
    const pillar = await service.as('pillar-team:enrolment');
    const brin = await registeredSchool();

    const response = await pillar.post('/intakes').send({
      brin: '1AB',
      activity: 'knitting',
      outcome: 'maybe',
      heldOn: '2025-02-30',
      inquiryId: 'not-a-uuid',
    });

    expect(response.status).toBe(400);
    const fields = (response.body as { errors: { field: string }[] }).errors.map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['brin', 'activity', 'outcome', 'notes', 'heldOn', 'inquiryId']),
    );
    await pillar.get(`/schools/${brin}/intakes/knitting`).expect(400);
    await pillar.get('/schools/12ab/intakes/groeikracht').expect(400);
  });

  it('answers 401 without a token and 403 for a role that may not record or read intakes', async () => {
    const brin = await registeredSchool();
    const desk = await service.as('helpdesk');
    const officer = await service.as('subsidy-officer');
    const monitoring = await service.as('monitoring');
    const otherPillar = await service.as('pillar-team:labs');

    await anonymous(service.app).post('/intakes').send(intakeBody(brin)).expect(401);
    await anonymous(service.app).get(`/schools/${brin}/intakes/groeikracht`).expect(401);
    await desk.post('/intakes').send(intakeBody(brin)).expect(403);
    await officer.post('/intakes').send(intakeBody(brin)).expect(403);
    await otherPillar.post('/intakes').send(intakeBody(brin)).expect(403);
    await monitoring.get(`/schools/${brin}/intakes/groeikracht`).expect(403);
  });
});
