import { randomUUID } from 'node:crypto';
import { type Commit, CommitStore, OutboxSignal } from '@okr/messaging';
import { openApiConformanceOf, type OpenApiConformance } from '@okr/service-kit/testing';
import { AGGREGATE_TYPES, streams } from '../src/infrastructure/enrolment.aggregates';
import { type EnrolmentApp, freshBrin, schoolBody, startEnrolment } from './enrolment-app';

describe('inquiries stored before days were checked, with a day that cannot be shown', () => {
  let service: EnrolmentApp;
  let conformance: OpenApiConformance;
  const problems: string[] = [];

  beforeAll(async () => {
    service = await startEnrolment({ FIRST_RESPONSE_WORKING_DAYS: '5' });
    conformance = await openApiConformanceOf(service.app);
  });

  afterAll(async () => {
    await service.close();
  });

  /**
   * Writes a legacy inquiry straight into the service's database, as an older version of the service or a
   * hand-made migration left it: a commit with the given day fields of the state (absent when undefined) and,
   * optionally, no commit moment.
   */
  async function storeLegacyInquiry(
    brin: string,
    days: { receivedAt?: unknown; receivedOn?: unknown },
    committedAt: Date | undefined,
  ): Promise<string> {
    const inquiryId = randomUUID();
    const stream = streams.inquiry(inquiryId);
    const commit = {
      _id: `${stream}#1`,
      stream,
      aggregateType: AGGREGATE_TYPES.inquiry,
      version: 1,
      state: { inquiryId, brin, channel: 'phone', status: 'open', conversations: [], ...days },
      events: [],
      causationKey: `${stream}#1`,
      ...(committedAt ? { committedAt } : {}),
      published: true,
      // The point is a commit the types would not allow: one without its moment.
    } as unknown as Commit;
    await service.app.get(CommitStore).commits.insertOne(commit);
    // Announced as the service announces its own commits, so the lists it keeps in memory hold it, as they would
    // after the restart that follows a migration (docs/adr/0013).
    service.app.get(OutboxSignal, { strict: false }).notify(commit);
    return inquiryId;
  }

  it('lists every other inquiry, and shows the legacy ones with their day marked unknown', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);
    const shown = (
      await desk
        .post('/inquiries')
        .send({ brin, channel: 'email', receivedAt: '2025-03-03T09:00:00Z' })
        .expect(201)
    ).body.inquiryId as string;
    const withoutDay = await storeLegacyInquiry(brin, {}, undefined);
    const impossibleDay = await storeLegacyInquiry(
      brin,
      { receivedAt: '2023-02-30T09:00:00Z', receivedOn: '2023-02-30' },
      new Date('2023-03-01T09:00:00Z'),
    );
    const endOfTime = await storeLegacyInquiry(
      brin,
      { receivedAt: '9999-12-31T12:00:00.000Z', receivedOn: '9999-12-31' },
      new Date('2024-01-01T00:00:00Z'),
    );

    const list = await desk.get(`/inquiries?brin=${brin}&pageSize=100`).expect(200);
    problems.push(...conformance.problemsOf(list));

    expect(list.body.unreadable).toEqual([]);
    const listed = list.body.items as {
      inquiryId: string;
      receivedOn: string | null;
      unknownDays: string[];
    }[];
    expect(
      listed.map(({ inquiryId, receivedOn, unknownDays }) => ({ inquiryId, receivedOn, unknownDays })),
    ).toEqual([
      { inquiryId: shown, receivedOn: '2025-03-03', unknownDays: [] },
      ...[
        { inquiryId: withoutDay, receivedOn: null, unknownDays: ['changedAt', 'receivedAt', 'receivedOn'] },
        { inquiryId: impossibleDay, receivedOn: null, unknownDays: ['receivedAt', 'receivedOn'] },
        { inquiryId: endOfTime, receivedOn: null, unknownDays: ['receivedAt', 'receivedOn'] },
      ].sort((first, second) => first.inquiryId.localeCompare(second.inquiryId)),
    ]);
  });

  it('answers one legacy inquiry with 200, its day unknown, not judged overdue', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    const legacy = await storeLegacyInquiry(brin, { receivedAt: 'gisteren' }, undefined);

    const response = await desk.get(`/inquiries/${legacy}`).expect(200);
    problems.push(...conformance.problemsOf(response));

    expect(response.body).toMatchObject({
      inquiryId: legacy,
      brin,
      status: 'open',
      changedAt: null,
      receivedAt: null,
      receivedOn: null,
      firstResponseDueOn: null,
      overdue: false,
      unknownDays: ['changedAt', 'receivedAt', 'receivedOn'],
    });
  });

  it('lists the overdue inquiries, and the open legacy ones apart as undated', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);
    const overdue = (
      await desk
        .post('/inquiries')
        .send({ brin, channel: 'email', receivedAt: '2025-03-03T09:00:00Z' })
        .expect(201)
    ).body.inquiryId as string;
    const legacy = await storeLegacyInquiry(
      brin,
      { receivedOn: '10000-01-01' },
      new Date('2024-05-01T00:00:00Z'),
    );

    const response = await desk.get('/inquiries/overdue?today=2025-04-30&pageSize=100').expect(200);
    problems.push(...conformance.problemsOf(response));

    expect(response.body.unreadable).toEqual([]);
    expect(response.body.items).toContainEqual(
      expect.objectContaining({ inquiryId: overdue, firstResponseDueOn: '2025-03-10', daysOverdue: 51 }),
    );
    const items = response.body.items as { inquiryId: string }[];
    expect(items.map(({ inquiryId }) => inquiryId)).not.toContain(legacy);
    expect(response.body.undated).toContainEqual(
      expect.objectContaining({
        inquiryId: legacy,
        receivedOn: null,
        unknownDays: ['receivedAt', 'receivedOn'],
      }),
    );
  });

  it('answers every one of those lists as its OpenAPI document says, legacy days and all', () => {
    expect(problems).toEqual([]);
  });
});
