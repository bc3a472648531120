import { AggregateStore } from '@okr/messaging';
import type { InquiryState } from '../src/domain/inquiry.entity';
import { streams } from '../src/infrastructure/enrolment.aggregates';
import { type Caller, type EnrolmentApp, freshBrin, schoolBody, startEnrolment } from './enrolment-app';

describe('days that cannot be counted from, and lists that hold a record they cannot show', () => {
  let service: EnrolmentApp;

  beforeAll(async () => {
    service = await startEnrolment({ FIRST_RESPONSE_WORKING_DAYS: '5' });
  });

  afterAll(async () => {
    await service.close();
  });

  async function receive(desk: Caller, receivedAt: string): Promise<string> {
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);
    const response = await desk.post('/inquiries').send({ brin, channel: 'email', receivedAt }).expect(201);
    return response.body.inquiryId as string;
  }

  it('refuses an inquiry received on 9999-12-31, or before 2000, with 400 naming receivedAt', async () => {
    const desk = await service.as('helpdesk');
    for (const receivedAt of ['9999-12-31T12:00:00Z', '1999-12-31T12:00:00Z']) {
      const response = await desk
        .post('/inquiries')
        .send({
          schoolName: 'Basisschool De Toekomst',
          contact: { name: 'A. Tester' },
          channel: 'email',
          receivedAt,
        })
        .expect(400);
      expect(response.body).toMatchObject({
        code: 'REQUEST.VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: 'receivedAt' }) as unknown],
      });
    }
  });

  it('refuses an inquiry received after today, but takes one received today', async () => {
    const desk = await service.as('helpdesk');
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const response = await desk
      .post('/inquiries')
      .send({
        schoolName: 'Basisschool De Toekomst',
        contact: { name: 'A. Tester' },
        channel: 'email',
        receivedAt: nextWeek,
      })
      .expect(400);
    expect(response.body).toMatchObject({
      errors: [expect.objectContaining({ field: 'receivedAt' }) as unknown],
    });
    await receive(desk, new Date().toISOString());
  });

  it('refuses an overdue list as of a day the calendar cannot count from with 400, not 500', async () => {
    const desk = await service.as('helpdesk');
    const response = await desk.get('/inquiries/overdue?today=9999-12-31').expect(400);
    expect(response.body).toMatchObject({ errors: [expect.objectContaining({ field: 'today' }) as unknown] });
    await desk.get('/subsidy-applications/overdue?today=9999-12-31').expect(400);
  });

  it('lists an inquiry stored with a day it cannot count from with that day unknown, in the list and apart from the overdue list', async () => {
    const desk = await service.as('helpdesk');
    const shown = await receive(desk, '2025-03-03T09:00:00Z');
    const broken = await receive(desk, '2025-03-03T09:00:00Z');
    // As an inquiry stored before days were checked at the door: received on a day with no day after it.
    await service.app
      .get(AggregateStore)
      .change<InquiryState>(streams.inquiry(broken), { command: 'test-corrupt', actor: 'test' }, (current) =>
        current
          ? {
              state: { ...current, receivedOn: '9999-12-31', receivedAt: '9999-12-31T12:00:00.000Z' },
              events: [],
            }
          : undefined,
      );

    const list = await desk.get('/inquiries?pageSize=100').expect(200);
    const listed = list.body.items as { inquiryId: string }[];
    expect(listed.map((item) => item.inquiryId)).toContain(shown);
    expect(listed).toContainEqual(
      expect.objectContaining({ inquiryId: broken, receivedOn: null, firstResponseDueOn: null }),
    );
    expect(list.body.unreadable).toEqual([]);

    const overdue = await desk.get('/inquiries/overdue?today=2025-04-30&pageSize=100').expect(200);
    const overdueIds = (overdue.body.items as { inquiryId: string }[]).map((item) => item.inquiryId);
    expect(overdueIds).toContain(shown);
    expect(overdueIds).not.toContain(broken);
    expect(overdue.body.undated).toContainEqual(expect.objectContaining({ inquiryId: broken }));
    expect(overdue.body.unreadable).toEqual([]);
  });
});
