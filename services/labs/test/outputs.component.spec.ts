import { randomUUID } from 'node:crypto';
import { streams } from '../src/infrastructure/labs.aggregates';
import { designedIntervention, onRoster, startedLab } from './lab-scenario';
import { anonymous, type Caller, freshBrin, type LabsApp, startLabs } from './labs-app';

describe('what a lab shares', () => {
  let service: LabsApp;
  let team: Caller;
  let labId: string;
  let interventionId: string;

  beforeAll(async () => {
    service = await startLabs();
    team = await service.as('pillar-team:labs');
    labId = await startedLab(team);
    ({ interventionId } = await designedIntervention(team, labId));
  });

  afterAll(async () => {
    await service.close();
  });

  describe('thematic reports', () => {
    it("publishes a report on the lab's interventions, without its title in the event", async () => {
      const response = await team.post(`/labs/${labId}/thematic-reports`).send({
        title: 'Pre-teaching: wat werkt',
        diagnosisIds: [],
        interventionIds: [interventionId],
        themes: ['P3.A'],
        publishedOn: '2025-02-14',
      });

      expect(response.status).toBe(201);
      const { reportId } = response.body as { reportId: string };
      expect(await service.lastEvents(streams.report(reportId))).toEqual([
        {
          type: 'ThematicReportPublished',
          data: {
            reportId,
            labId,
            diagnosisIds: [],
            interventionIds: [interventionId],
            themes: ['P3.A'],
            publishedOn: '2025-02-14',
          },
        },
      ]);
      const desk = await service.as('helpdesk');
      const list = await desk.get(`/labs/${labId}/thematic-reports`).expect(200);
      expect(list.body).toEqual([expect.objectContaining({ reportId, title: 'Pre-teaching: wat werkt' })]);
    });

    it('answers 422 for an intervention of no sub-project of the lab, 404, 400, 401 and 403', async () => {
      const body = { title: 'x', diagnosisIds: [], interventionIds: [randomUUID()] };

      const unknown = await team.post(`/labs/${labId}/thematic-reports`).send(body);
      expect(unknown.status).toBe(422);
      expect(unknown.body).toMatchObject({ code: 'REPORT.UNKNOWN_DELIVERABLE' });
      await team.post(`/labs/${randomUUID()}/thematic-reports`).send(body).expect(404);
      await team.get(`/labs/${randomUUID()}/thematic-reports`).expect(404);
      await team
        .post(`/labs/${labId}/thematic-reports`)
        .send({ title: 'x', diagnosisIds: ['a'] })
        .expect(400);
      await anonymous(service.app).post(`/labs/${labId}/thematic-reports`).send(body).expect(401);
      const desk = await service.as('helpdesk');
      await desk.post(`/labs/${labId}/thematic-reports`).send(body).expect(403);
    });
  });

  describe('lab days', () => {
    it('records a lab day with the schools on the roster that attended, publishing LabDayHeld', async () => {
      const brins = [freshBrin(), freshBrin()];
      await onRoster(
        team,
        labId,
        brins.map((brin) => ({ brin, sector: 'PO' as const })),
      );

      const response = await team
        .post(`/labs/${labId}/lab-days`)
        .send({ topic: 'Leesplezier', brins, heldOn: '2025-01-22' });

      expect(response.status).toBe(201);
      const { labDayId } = response.body as { labDayId: string };
      expect(await service.lastEvents(streams.labDay(labDayId))).toEqual([
        { type: 'LabDayHeld', data: { labDayId, labId, brins: [...brins].sort(), heldOn: '2025-01-22' } },
      ]);
      const list = await team.get(`/labs/${labId}/lab-days`).expect(200);
      expect(list.body).toEqual([expect.objectContaining({ labDayId, topic: 'Leesplezier' })]);
    });

    it('answers 422 for a school not on the roster that day, 404, 400, 401 and 403', async () => {
      const stranger = await team.post(`/labs/${labId}/lab-days`).send({ topic: 'x', brins: [freshBrin()] });
      expect(stranger.status).toBe(422);
      expect(stranger.body).toMatchObject({ code: 'LAB_DAY.SCHOOL_NOT_ON_ROSTER' });
      await team.post(`/labs/${randomUUID()}/lab-days`).send({ topic: 'x', brins: [] }).expect(404);
      await team.get(`/labs/${randomUUID()}/lab-days`).expect(404);
      await team
        .post(`/labs/${labId}/lab-days`)
        .send({ topic: '', brins: ['school'] })
        .expect(400);
      await anonymous(service.app).get(`/labs/${labId}/lab-days`).expect(401);
      const desk = await service.as('helpdesk');
      await desk.post(`/labs/${labId}/lab-days`).send({ topic: 'x', brins: [] }).expect(403);
      const monitoring = await service.as('monitoring');
      await monitoring.get(`/labs/${labId}/lab-days`).expect(403);
    });
  });
});
