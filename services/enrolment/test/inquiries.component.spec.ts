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

describe('inquiries', () => {
  let service: EnrolmentApp;

  beforeAll(async () => {
    service = await startEnrolment({ FIRST_RESPONSE_WORKING_DAYS: '5' });
  });

  afterAll(async () => {
    await service.close();
  });

  const commits = (): CommitStore => service.app.get(CommitStore);

  async function registeredSchool(desk: Caller): Promise<string> {
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);
    return brin;
  }

  /** Records an inquiry and answers its id. */
  async function receive(desk: Caller, body: Record<string, unknown>): Promise<string> {
    const response = await desk
      .post('/inquiries')
      .send({ channel: 'email', ...body })
      .expect(201);
    return response.body.inquiryId as string;
  }

  async function withConversation(desk: Caller, body: Record<string, unknown>): Promise<string> {
    const id = await receive(desk, body);
    await desk.post(`/inquiries/${id}/conversations`).send({ notes: 'Verkennend gesprek.' }).expect(201);
    return id;
  }

  /** A contact person no other test uses, so that finding the name anywhere means it leaked. */
  function uniqueContact(): { name: string; email: string; phone: string } {
    const tag = randomUUID().slice(0, 8);
    return { name: `Anna Contact-${tag}`, email: `anna.${tag}@school.example`, phone: '+31 6 1234 5678' };
  }

  /** The inquiry ids of a page, in its order. */
  function idsOf(page: { items: { inquiryId: string }[] }): string[] {
    return page.items.map((item) => item.inquiryId);
  }

  async function eventTypesOfLatest(id: string): Promise<string[] | undefined> {
    const commit = await commits().latest(`inquiry:${id}`);
    return commit?.events.map((event) => event.envelope.type);
  }

  it('records an inquiry from a registered school with its first-response due day, and puts InquiryReceived in the outbox', async () => {
    const desk = await service.as('helpdesk', 'desk-anna');
    const brin = await registeredSchool(desk);

    const response = await desk.post('/inquiries').send({
      brin,
      channel: 'phone',
      question: 'Kunnen wij meedoen met Groeikracht?',
      receivedAt: '2025-03-03T09:30:00Z',
    });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      brin,
      channel: 'phone',
      question: 'Kunnen wij meedoen met Groeikracht?',
      receivedAt: '2025-03-03T09:30:00.000Z',
      receivedOn: '2025-03-03',
      status: 'open',
      firstResponseDueOn: '2025-03-10',
      overdue: true,
      conversations: [],
      version: 1,
    });
    expect(response.body.inquiryId).toMatch(/^[0-9a-f-]{36}$/);
    const commit = await commits().latest(`inquiry:${response.body.inquiryId}`);
    expect(commit?.actor).toBe('desk-anna');
    expect(commit?.events.map((event) => event.envelope.type)).toEqual(['InquiryReceived']);
    expect(commit?.events[0]?.envelope.subject).toBe(brin);
  });

  it('records an inquiry from a school that is not registered, showing its contact person, received now', async () => {
    const desk = await service.as('helpdesk');
    const contact = uniqueContact();

    const response = await desk
      .post('/inquiries')
      .send({ schoolName: 'Basisschool De Linde', contact, channel: 'web-form' });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      schoolName: 'Basisschool De Linde',
      contact,
      status: 'open',
      receivedOn: dayOf(new Date()),
      overdue: false,
    });
    expect(response.body.brin).toBeUndefined();
    const commit = await commits().latest(`inquiry:${response.body.inquiryId}`);
    // Without a BRIN the inquiry id is the event's subject.
    expect(commit?.events[0]?.envelope.subject).toBe(response.body.inquiryId);
  });

  it('lets an admin record an inquiry too', async () => {
    const admin = await service.as('admin');

    await admin
      .post('/inquiries')
      .send({ schoolName: 'Kindcentrum Oost', contact: { name: 'Piet' }, channel: 'information-session' })
      .expect(201);
  });

  it('refuses an inquiry for a BRIN that is not registered with 404', async () => {
    const desk = await service.as('helpdesk');

    const response = await desk.post('/inquiries').send({ brin: freshBrin(), channel: 'email' });

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'SCHOOL.NOT_REGISTERED' });
  });

  it('answers 400 for an inquiry without a school, with both a BRIN and a school name, or with invalid fields', async () => {
    const desk = await service.as('helpdesk');
    const brin = await registeredSchool(desk);
    const fieldsOf = (body: { errors: { field: string }[] }): string[] =>
      body.errors.map((error) => error.field);

    const withoutSchool = await desk.post('/inquiries').send({ channel: 'email' });
    const both = await desk.post('/inquiries').send({ brin, schoolName: 'Dubbel', channel: 'email' });
    const invalid = await desk.post('/inquiries').send({
      brin: '1AB',
      channel: 'fax',
      receivedAt: '2025-03-03',
      contact: { name: '', email: 'not-an-address' },
      unknownField: true,
    });

    expect(withoutSchool.status).toBe(400);
    expect(fieldsOf(withoutSchool.body)).toEqual(expect.arrayContaining(['schoolName', 'contact']));
    expect(both.status).toBe(400);
    expect(fieldsOf(both.body)).toEqual(['schoolName']);
    expect(invalid.status).toBe(400);
    expect(fieldsOf(invalid.body)).toEqual(
      expect.arrayContaining([
        'brin',
        'channel',
        'receivedAt',
        'contact.name',
        'contact.email',
        'unknownField',
      ]),
    );
  });

  it('answers 400 for a school that is not registered and gives no contact person', async () => {
    const desk = await service.as('helpdesk');

    const response = await desk.post('/inquiries').send({ schoolName: 'Zonder contact', channel: 'phone' });

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'contact' })]);
  });

  it('answers 401 without a token and 403 for roles outside the help desk', async () => {
    const desk = await service.as('helpdesk');
    const id = await receive(desk, { schoolName: 'Rollen', contact: { name: 'R' } });
    const pillar = await service.as('pillar-team:enrolment');
    const officer = await service.as('subsidy-officer');

    await anonymous(service.app).get('/inquiries').expect(401);
    await anonymous(service.app).post('/inquiries').send({ schoolName: 'X', channel: 'email' }).expect(401);
    await pillar
      .post('/inquiries')
      .send({ schoolName: 'X', contact: { name: 'Y' }, channel: 'email' })
      .expect(403);
    await officer.get(`/inquiries/${id}`).expect(403);
    await officer.get('/inquiries/overdue').expect(403);
    await pillar.post(`/inquiries/${id}/conversations`).send({ notes: 'n' }).expect(403);
    await pillar
      .post(`/inquiries/${id}/referral`)
      .send({ kind: 'outside-programme', reasonCode: 'other' })
      .expect(403);
    await pillar.post(`/inquiries/${id}/close`).send({ outcome: 'answered' }).expect(403);
    await pillar.post(`/inquiries/${id}/erase-contact`).expect(403);
  });

  it('holds an exploratory conversation on today by default and puts ExploratoryConversationHeld in the outbox', async () => {
    const desk = await service.as('helpdesk');
    const brin = await registeredSchool(desk);
    const id = await receive(desk, { brin });

    const response = await desk
      .post(`/inquiries/${id}/conversations`)
      .send({ notes: '  Team wil werken aan lezen.  ' });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'conversation-held',
      conversations: [{ heldOn: dayOf(new Date()), notes: 'Team wil werken aan lezen.' }],
      overdue: false,
      version: 2,
    });
    expect(await eventTypesOfLatest(id)).toEqual(['ExploratoryConversationHeld']);
  });

  it('allows a follow-up conversation and refuses one dated before the inquiry came in', async () => {
    const desk = await service.as('helpdesk');
    const id = await receive(desk, {
      schoolName: 'Twee gesprekken',
      contact: { name: 'T' },
      receivedAt: '2025-03-03T09:30:00Z',
    });
    await desk
      .post(`/inquiries/${id}/conversations`)
      .send({ heldOn: '2025-03-04', notes: 'Eerste gesprek.' })
      .expect(201);

    const followUp = await desk
      .post(`/inquiries/${id}/conversations`)
      .send({ heldOn: '2025-03-06', notes: 'Tweede gesprek.' });
    const tooEarly = await desk
      .post(`/inquiries/${id}/conversations`)
      .send({ heldOn: '2025-03-02', notes: 'Voor de vraag.' });

    expect(followUp.status).toBe(201);
    expect(followUp.body.conversations).toHaveLength(2);
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body).toMatchObject({
      code: 'INQUIRY.DATE_OUT_OF_ORDER',
      details: { rule: 'conversation-after-receipt' },
    });
  });

  it('answers 400 for a conversation without notes or on a day that does not exist', async () => {
    const desk = await service.as('helpdesk');
    const id = await receive(desk, { schoolName: 'Ongeldig', contact: { name: 'O' } });

    const response = await desk.post(`/inquiries/${id}/conversations`).send({ heldOn: '2025-02-30' });

    expect(response.status).toBe(400);
    const fields = (response.body as { errors: { field: string }[] }).errors.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['heldOn', 'notes']));
  });

  it('refuses a referral before an exploratory conversation', async () => {
    const desk = await service.as('helpdesk');
    const brin = await registeredSchool(desk);
    const id = await receive(desk, { brin });

    const response = await desk
      .post(`/inquiries/${id}/referral`)
      .send({ kind: 'activities', activities: ['groeikracht'] });

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      code: 'INQUIRY.INVALID_TRANSITION',
      details: { from: 'open', to: 'referred' },
    });
  });

  it('refers a school to activities after a conversation and publishes InquiryReferred with them', async () => {
    const desk = await service.as('helpdesk');
    const brin = await registeredSchool(desk);
    const id = await withConversation(desk, { brin });

    const response = await desk.post(`/inquiries/${id}/referral`).send({
      kind: 'activities',
      activities: ['groeikracht', 'taallab-participating', 'groeikracht'],
      notes: 'Past bij beide.',
    });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'referred',
      referral: {
        kind: 'activities',
        activities: ['groeikracht', 'taallab-participating'],
        referredOn: dayOf(new Date()),
        notes: 'Past bij beide.',
      },
    });
    const commit = await commits().latest(`inquiry:${id}`);
    expect(commit?.events.map((event) => event.envelope.type)).toEqual(['InquiryReferred']);
    expect(commit?.events[0]?.envelope.data).toMatchObject({
      brin,
      referral: 'activities',
      activities: ['groeikracht', 'taallab-participating'],
    });
  });

  it('refers a school outside the programme with a reason code', async () => {
    const desk = await service.as('helpdesk');
    const id = await withConversation(desk, { schoolName: 'Elders', contact: { name: 'E' } });

    const response = await desk
      .post(`/inquiries/${id}/referral`)
      .send({ kind: 'outside-programme', reasonCode: 'other-programme' });

    expect(response.status).toBe(201);
    expect(response.body.referral).toMatchObject({
      kind: 'outside-programme',
      reasonCode: 'other-programme',
    });
    const commit = await commits().latest(`inquiry:${id}`);
    expect(commit?.events[0]?.envelope.data).toMatchObject({
      referral: 'outside-programme',
      activities: [],
      outsideReasonCode: 'other-programme',
    });
  });

  it('answers 400 for a referral whose fields do not match its kind', async () => {
    const desk = await service.as('helpdesk');
    const id = await withConversation(desk, { schoolName: 'Verkeerd', contact: { name: 'V' } });
    const fieldsOf = (body: { errors: { field: string }[] }): string[] =>
      body.errors.map((error) => error.field);

    const noReason = await desk.post(`/inquiries/${id}/referral`).send({ kind: 'outside-programme' });
    const mixed = await desk
      .post(`/inquiries/${id}/referral`)
      .send({ kind: 'outside-programme', reasonCode: 'other', activities: ['groeikracht'] });
    const noActivities = await desk
      .post(`/inquiries/${id}/referral`)
      .send({ kind: 'activities', activities: [] });
    const unknown = await desk
      .post(`/inquiries/${id}/referral`)
      .send({ kind: 'somewhere', activities: ['knitting'], reasonCode: 'bored' });

    expect(noReason.status).toBe(400);
    expect(fieldsOf(noReason.body)).toEqual(['reasonCode']);
    expect(mixed.status).toBe(400);
    expect(fieldsOf(mixed.body)).toEqual(['activities']);
    expect(noActivities.status).toBe(400);
    expect(fieldsOf(noActivities.body)).toEqual(['activities']);
    expect(unknown.status).toBe(400);
    expect(fieldsOf(unknown.body)).toEqual(expect.arrayContaining(['kind', 'activities', 'reasonCode']));
    await desk
      .get(`/inquiries/${id}`)
      .expect(200)
      .expect(({ body }) => expect(body.status).toBe('conversation-held'));
  });

  it('closes a referred inquiry as referred, publishes InquiryClosed, and refuses any step after it', async () => {
    const desk = await service.as('helpdesk');
    const brin = await registeredSchool(desk);
    const id = await withConversation(desk, { brin });
    await desk
      .post(`/inquiries/${id}/referral`)
      .send({ kind: 'activities', activities: ['groeikracht'] })
      .expect(201);

    const response = await desk.post(`/inquiries/${id}/close`).send({ outcome: 'referred' });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'closed',
      outcome: 'referred',
      closedOn: dayOf(new Date()),
    });
    expect(await eventTypesOfLatest(id)).toEqual(['InquiryClosed']);
    const again = await desk.post(`/inquiries/${id}/close`).send({ outcome: 'referred' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'INQUIRY.INVALID_TRANSITION' });
    const conversation = await desk.post(`/inquiries/${id}/conversations`).send({ notes: 'Te laat.' });
    expect(conversation.status).toBe(409);
    expect(conversation.body).toMatchObject({ code: 'INQUIRY.INVALID_TRANSITION' });
  });

  it('closes an inquiry that was never referred as answered, but not as referred', async () => {
    const desk = await service.as('helpdesk');
    const id = await receive(desk, {
      schoolName: 'Snel beantwoord',
      contact: { name: 'S' },
      receivedAt: '2025-03-03T09:30:00Z',
    });

    const asReferred = await desk.post(`/inquiries/${id}/close`).send({ outcome: 'referred' });
    const beforeReceipt = await desk
      .post(`/inquiries/${id}/close`)
      .send({ outcome: 'answered', closedOn: '2025-03-01' });
    const answered = await desk
      .post(`/inquiries/${id}/close`)
      .send({ outcome: 'answered', closedOn: '2025-03-04' });

    expect(asReferred.status).toBe(422);
    expect(asReferred.body).toMatchObject({ code: 'INQUIRY.OUTCOME_NOT_ALLOWED' });
    expect(beforeReceipt.status).toBe(422);
    expect(beforeReceipt.body).toMatchObject({ code: 'INQUIRY.DATE_OUT_OF_ORDER' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'closed', outcome: 'answered', closedOn: '2025-03-04' });
    await desk.post(`/inquiries/${id}/close`).send({ outcome: 'finished' }).expect(400);
  });

  it('answers 404 for an inquiry that does not exist and 400 for an id that is not a UUID', async () => {
    const desk = await service.as('helpdesk');
    const missing = randomUUID();

    const read = await desk.get(`/inquiries/${missing}`);

    expect(read.status).toBe(404);
    expect(read.body).toMatchObject({ code: 'INQUIRY.NOT_FOUND' });
    await desk.post(`/inquiries/${missing}/conversations`).send({ notes: 'n' }).expect(404);
    await desk
      .post(`/inquiries/${missing}/referral`)
      .send({ kind: 'outside-programme', reasonCode: 'other' })
      .expect(404);
    await desk.post(`/inquiries/${missing}/close`).send({ outcome: 'answered' }).expect(404);
    await desk.post(`/inquiries/${missing}/erase-contact`).expect(404);
    await desk.get('/inquiries/not-a-uuid').expect(400);
    await desk.post('/inquiries/not-a-uuid/close').send({ outcome: 'answered' }).expect(400);
  });

  it('keeps the contact person out of every event of the inquiry', async () => {
    const desk = await service.as('helpdesk');
    const contact = uniqueContact();
    const id = await receive(desk, { schoolName: 'Privacyschool', contact, question: 'Hoe werkt het?' });
    await desk.post(`/inquiries/${id}/conversations`).send({ notes: 'Gesprek.' }).expect(201);
    await desk
      .post(`/inquiries/${id}/referral`)
      .send({ kind: 'outside-programme', reasonCode: 'not-eligible' })
      .expect(201);
    await desk.post(`/inquiries/${id}/close`).send({ outcome: 'referred' }).expect(200);

    const history = await commits().history(`inquiry:${id}`);

    expect(history.map((commit) => commit.events.map((event) => event.envelope.type))).toEqual([
      ['InquiryReceived'],
      ['ExploratoryConversationHeld'],
      ['InquiryReferred'],
      ['InquiryClosed'],
    ]);
    const events = JSON.stringify(history.flatMap((commit) => commit.events));
    expect(events).not.toContain(contact.name);
    expect(events).not.toContain(contact.email);
    expect(events).not.toContain(contact.phone);
  });

  it('erases the contact person from the inquiry and from every earlier version of it, keeping the inquiry', async () => {
    const desk = await service.as('helpdesk');
    const brin = await registeredSchool(desk);
    const contact = uniqueContact();
    const id = await receive(desk, { brin, contact });
    await desk.post(`/inquiries/${id}/conversations`).send({ notes: 'Gesprek.' }).expect(201);
    expect(JSON.stringify(await commits().history(`inquiry:${id}`))).toContain(contact.name);

    const response = await desk.post(`/inquiries/${id}/erase-contact`);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      inquiryId: id,
      status: 'conversation-held',
      contactErasedOn: dayOf(new Date()),
    });
    expect(response.body.contact).toBeUndefined();
    expect(await eventTypesOfLatest(id)).toEqual([]);
    const read = await desk.get(`/inquiries/${id}`).expect(200);
    const list = await desk.get(`/inquiries?brin=${brin}`).expect(200);
    expect(read.body.contact).toBeUndefined();
    expect(JSON.stringify(read.body)).not.toContain(contact.name);
    expect(list.body).toMatchObject({ total: 1, items: [{ inquiryId: id, status: 'conversation-held' }] });
    expect(JSON.stringify(list.body)).not.toContain(contact.name);
    const history = JSON.stringify(await commits().history(`inquiry:${id}`));
    expect(history).not.toContain(contact.name);
    expect(history).not.toContain(contact.email);
    expect(history).not.toContain(contact.phone);
    // Asking again changes nothing and is not an error.
    await desk.post(`/inquiries/${id}/erase-contact`).expect(200);
    expect(await commits().history(`inquiry:${id}`)).toHaveLength(3);
  });

  it('lists inquiries newest first, by school and status, a page at a time', async () => {
    const desk = await service.as('helpdesk');
    const brin = await registeredSchool(desk);
    const oldest = await receive(desk, { brin, receivedAt: '2025-03-03T09:00:00Z' });
    const middle = await receive(desk, { brin, receivedAt: '2025-03-04T09:00:00Z' });
    const newest = await receive(desk, { brin, receivedAt: '2025-03-05T09:00:00Z' });
    await desk.post(`/inquiries/${middle}/conversations`).send({ notes: 'Gesprek.' }).expect(201);
    await receive(desk, { brin: await registeredSchool(desk) });

    const all = await desk.get(`/inquiries?brin=${brin}`).expect(200);
    const open = await desk.get(`/inquiries?brin=${brin}&status=open`).expect(200);
    const secondPage = await desk.get(`/inquiries?brin=${brin}&pageSize=2&page=2`).expect(200);

    expect(idsOf(all.body)).toEqual([newest, middle, oldest]);
    expect(open.body).toMatchObject({ total: 2, items: [{ inquiryId: newest }, { inquiryId: oldest }] });
    expect(secondPage.body).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ inquiryId: oldest }] });
    await desk.get('/inquiries?status=lost').expect(400);
    await desk.get('/inquiries?brin=12ab').expect(400);
  });

  it('lists the inquiries past the first-response norm with their due day and days overdue', async () => {
    const desk = await service.as('helpdesk');
    const brin = await registeredSchool(desk);
    // 2025-03-14 is a Friday; ten working days earlier is Friday 2025-02-28, due five working days later.
    const late = await receive(desk, { brin, receivedAt: '2025-02-28T10:00:00Z' });
    const recent = await receive(desk, { brin, receivedAt: '2025-03-13T10:00:00Z' });
    const answered = await receive(desk, { brin, receivedAt: '2025-02-28T11:00:00Z' });
    await desk
      .post(`/inquiries/${answered}/conversations`)
      .send({ heldOn: '2025-03-03', notes: 'Op tijd gebeld.' })
      .expect(201);

    const response = await desk.get('/inquiries/overdue?today=2025-03-14&pageSize=100');

    expect(response.status).toBe(200);
    const ids = idsOf(response.body);
    expect(ids).toContain(late);
    expect(ids).not.toContain(recent);
    expect(ids).not.toContain(answered);
    expect(response.body.items[ids.indexOf(late)]).toMatchObject({
      receivedOn: '2025-02-28',
      firstResponseDueOn: '2025-03-07',
      overdue: true,
      daysOverdue: 7,
      workingDaysOverdue: 5,
    });
  });

  it('judges overdue inquiries as of today when no day is given, and refuses a day that does not exist', async () => {
    const desk = await service.as('helpdesk');
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const late = await receive(desk, {
      schoolName: 'Lang geleden',
      contact: { name: 'L' },
      receivedAt: monthAgo,
    });
    const fresh = await receive(desk, { schoolName: 'Net binnen', contact: { name: 'N' } });

    const response = await desk.get('/inquiries/overdue?pageSize=100').expect(200);

    const ids = idsOf(response.body);
    expect(ids).toContain(late);
    expect(ids).not.toContain(fresh);
    await desk.get('/inquiries/overdue?today=2025-02-30').expect(400);
    await desk.get('/inquiries/overdue?today=14-03-2025').expect(400);
  });
});
