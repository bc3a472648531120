import { type EventEnvelope } from '@okr/contracts';
import { CommitStore } from '@okr/messaging';
import { FixedClock } from '@okr/service-kit/testing';
import { type Caller, type EnrolmentApp, freshBrin, schoolBody, startEnrolment } from './enrolment-app';

// 23:30 UTC on Monday 10 March 2025 is 00:30 on Tuesday 11 March in Amsterdam: "today" is the 11th.
const NOW = '2025-03-10T23:30:00Z';
const TODAY = '2025-03-11';

describe('business days and the clock', () => {
  let service: EnrolmentApp;
  const clock = new FixedClock(NOW);

  beforeAll(async () => {
    service = await startEnrolment({ FIRST_RESPONSE_WORKING_DAYS: '5' }, { clock });
  });

  afterAll(async () => {
    await service.close();
  });

  beforeEach(() => clock.setTo(NOW));

  /** The one event the latest commit of `stream` put in the outbox. */
  async function publishedBy(stream: string): Promise<EventEnvelope> {
    const commit = await service.app.get(CommitStore).latest(stream);
    const [event, ...more] = commit?.events ?? [];
    if (event === undefined || more.length > 0) throw new Error(`expected one event from ${stream}`);
    return event.envelope;
  }

  async function inquiryWithConversation(desk: Caller, heldOn: string): Promise<string> {
    const received = await desk
      .post('/inquiries')
      .send({ brin: await registered(desk), channel: 'email', receivedAt: '2025-03-03T09:00:00Z' })
      .expect(201);
    const id = received.body.inquiryId as string;
    await desk
      .post(`/inquiries/${id}/conversations`)
      .send({ notes: 'Verkennend gesprek.', heldOn })
      .expect(201);
    return id;
  }

  async function registered(desk: Caller): Promise<string> {
    const brin = freshBrin();
    await desk
      .post('/schools')
      .send(schoolBody(brin, { registeredOn: '2025-03-03' }))
      .expect(201);
    return brin;
  }

  it('registers a school on the day the clock gives, and publishes SchoolRegistered v2 with that day', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();

    const response = await desk.post('/schools').send(schoolBody(brin)).expect(201);

    expect(response.body.registeredOn).toBe(TODAY);
    expect(await publishedBy(`school:${brin}`)).toMatchObject({
      type: 'SchoolRegistered',
      version: 2,
      data: { brin, registeredOn: TODAY },
    });
  });

  it('registers a school on the day the desk gives', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();

    await desk
      .post('/schools')
      .send(schoolBody(brin, { registeredOn: '2025-02-28' }))
      .expect(201);

    expect((await publishedBy(`school:${brin}`)).data).toMatchObject({ registeredOn: '2025-02-28' });
  });

  it('receives an inquiry at the moment the clock gives, on its day in Dutch time', async () => {
    const desk = await service.as('helpdesk');

    const response = await desk
      .post('/inquiries')
      .send({ brin: await registered(desk), channel: 'phone' })
      .expect(201);

    expect(response.body).toMatchObject({ receivedAt: '2025-03-10T23:30:00.000Z', receivedOn: TODAY });
    expect(await publishedBy(`inquiry:${response.body.inquiryId as string}`)).toMatchObject({
      type: 'InquiryReceived',
      version: 1,
      data: { receivedAt: '2025-03-10T23:30:00.000Z', receivedOn: TODAY },
    });
  });

  it('publishes InquiryReferred v2 with the day of the referral the desk recorded, not the day it was recorded', async () => {
    const desk = await service.as('helpdesk');
    const id = await inquiryWithConversation(desk, '2025-03-05');

    await desk
      .post(`/inquiries/${id}/referral`)
      .send({ kind: 'activities', activities: ['groeikracht'], referredOn: '2025-03-10' })
      .expect(201);

    expect(await publishedBy(`inquiry:${id}`)).toMatchObject({
      type: 'InquiryReferred',
      version: 2,
      data: { inquiryId: id, referral: 'activities', referredOn: '2025-03-10' },
    });
  });

  it('refers on the day the clock gives when the desk leaves the day out', async () => {
    const desk = await service.as('helpdesk');
    const id = await inquiryWithConversation(desk, '2025-03-05');

    const response = await desk
      .post(`/inquiries/${id}/referral`)
      .send({ kind: 'outside-programme', reasonCode: 'no-capacity' })
      .expect(201);

    expect(response.body.referral).toMatchObject({ referredOn: TODAY });
    expect((await publishedBy(`inquiry:${id}`)).data).toMatchObject({ referredOn: TODAY });
  });

  it('judges an inquiry overdue against the day the clock gives', async () => {
    const desk = await service.as('helpdesk');
    const received = await desk
      .post('/inquiries')
      .send({ brin: await registered(desk), channel: 'email', receivedAt: '2025-03-03T09:00:00Z' })
      .expect(201);
    const id = received.body.inquiryId as string;

    const onTheEleventh = await desk.get(`/inquiries/${id}`).expect(200);
    clock.setTo('2025-03-07T10:00:00Z');
    const onTheSeventh = await desk.get(`/inquiries/${id}`).expect(200);

    // Five working days from Monday 3 March: due on Monday 10 March.
    expect(onTheEleventh.body).toMatchObject({ firstResponseDueOn: '2025-03-10', overdue: true });
    expect(onTheSeventh.body).toMatchObject({ firstResponseDueOn: '2025-03-10', overdue: false });
  });
});
