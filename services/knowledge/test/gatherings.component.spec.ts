import { FixedClock } from '@okr/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { type KnowledgeApp, startKnowledge } from './knowledge-app';

describe('gatherings', () => {
  let service: KnowledgeApp;

  beforeAll(async () => {
    service = await startKnowledge({}, { clock: new FixedClock('2025-06-30T10:00:00Z') });
  });

  afterAll(async () => {
    await service.close();
  });

  const congress = {
    kind: 'national-congress',
    title: 'NRO-congres 2023',
    heldOn: '2023-11-08',
    attendees: 900,
    averageRating: 8,
    themes: ['meertaligheid', 'woordenschat'],
  };

  it('refuses a gathering held after today (2025-06-30 here) with 400 naming heldOn', async () => {
    const team = await service.as('pillar-team:knowledge');

    const response = await team.post('/gatherings').send({ ...congress, heldOn: '2025-07-01' });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'REQUEST.VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'heldOn' }) as unknown],
    });
  });

  it('records a national congress with its attendance and rating, and publishes CongressHeld without its title', async () => {
    const team = await service.as('pillar-team:knowledge');

    const response = await team.post('/gatherings').send(congress);

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject(congress);
    const id = response.body.gatheringId as string;
    expect(await service.eventsOf(`gathering:${id}`)).toEqual([
      {
        type: 'CongressHeld',
        data: {
          gatheringId: id,
          kind: 'national-congress',
          heldOn: '2023-11-08',
          attendees: 900,
          averageRating: 8,
          themes: ['meertaligheid', 'woordenschat'],
        },
      },
    ]);
    const desk = await service.as('helpdesk');
    await desk.get(`/gatherings/${id}`).expect(200);
  });

  it('lists gatherings by day, of one kind when asked', async () => {
    const team = await service.as('pillar-team:knowledge');
    const webinar = await team
      .post('/gatherings')
      .send({
        ...congress,
        kind: 'webinar',
        title: 'Webinar woordenschat',
        heldOn: '2024-02-01',
        averageRating: undefined,
      })
      .expect(201);

    const webinars = await team.get('/gatherings?kind=webinar&pageSize=100').expect(200);

    expect(
      (webinars.body.items as Array<{ gatheringId: string; kind: string }>).map((each) => each.kind),
    ).not.toContain('national-congress');
    expect((webinars.body.items as Array<{ gatheringId: string }>).map((each) => each.gatheringId)).toContain(
      webinar.body.gatheringId,
    );
  });

  it('refuses a malformed gathering (400), a stranger (401), a reader writing (403) and an unknown id (404)', async () => {
    const team = await service.as('pillar-team:knowledge');
    const desk = await service.as('helpdesk');

    const malformed = await team
      .post('/gatherings')
      .send({ ...congress, attendees: -1, themes: ['Vrije tekst'] });
    const future = await team.post('/gatherings').send({ ...congress, heldOn: '2025-08-01' });

    expect(malformed.status).toBe(400);
    expect((malformed.body.errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([
      'attendees',
      'themes',
    ]);
    expect(future.status).toBe(400);
    expect((await service.anonymous().post('/gatherings').send(congress)).status).toBe(401);
    expect((await desk.post('/gatherings').send(congress)).status).toBe(403);
    const unknown = await desk.get(`/gatherings/${randomUUID()}`);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'GATHERING.NOT_FOUND']);
  });
});
