import { randomUUID } from 'node:crypto';
import { streams } from '../src/infrastructure/labs.aggregates';
import { INTERVENTION, startedLab, subProjectIn } from './lab-scenario';
import { anonymous, type Caller, type LabsApp, startLabs } from './labs-app';

interface SubProjectBody {
  subProjectId: string;
  phase: string;
  status: string;
  visits: Array<{ phase: string; enteredOn: string; leftOn?: string }>;
  deliverables: Array<Record<string, unknown>>;
}

describe('sub-projects through the 5D model', () => {
  let service: LabsApp;
  let team: Caller;
  let labId: string;

  beforeAll(async () => {
    service = await startLabs();
    team = await service.as('pillar-team:labs');
    labId = await startedLab(team);
  });

  afterAll(async () => {
    await service.close();
  });

  describe('starting one', () => {
    it('starts in any phase, publishing SubProjectStarted', async () => {
      const response = await team
        .post(`/labs/${labId}/sub-projects`)
        .send({ title: 'Zomerschool', phase: 'determine', themes: ['P6.D'], startedOn: '2024-02-01' });

      expect(response.status).toBe(201);
      const body = response.body as SubProjectBody;
      expect(body).toMatchObject({
        phase: 'determine',
        status: 'active',
        visits: [{ phase: 'determine', enteredOn: '2024-02-01' }],
      });
      expect(await service.lastEvents(streams.subProject(body.subProjectId))).toEqual([
        {
          type: 'SubProjectStarted',
          data: {
            subProjectId: body.subProjectId,
            labId,
            phase: 'determine',
            themes: ['P6.D'],
            startedOn: '2024-02-01',
          },
        },
      ]);
    });

    it('answers 404 for an unknown lab, 422 for a day before the lab started, 400, 401 and 403', async () => {
      const unknown = await team
        .post(`/labs/${randomUUID()}/sub-projects`)
        .send({ title: 'x', phase: 'detect' });
      expect(unknown.status).toBe(404);
      const early = await team
        .post(`/labs/${labId}/sub-projects`)
        .send({ title: 'x', phase: 'detect', startedOn: '2023-01-01' });
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({ code: 'SUB_PROJECT.DATE_OUT_OF_ORDER' });
      const bad = await team
        .post(`/labs/${labId}/sub-projects`)
        .send({ title: '', phase: 'develop', themes: ['P9'] });
      expect(bad.status).toBe(400);
      expect((bad.body as { errors: Array<{ field: string }> }).errors.map((error) => error.field)).toEqual(
        expect.arrayContaining(['title', 'phase', 'themes']),
      );
      await anonymous(service.app)
        .post(`/labs/${labId}/sub-projects`)
        .send({ title: 'x', phase: 'detect' })
        .expect(401);
      const desk = await service.as('helpdesk');
      await desk.post(`/labs/${labId}/sub-projects`).send({ title: 'x', phase: 'detect' }).expect(403);
    });
  });

  describe('moving through the phases', () => {
    it('records each transition with its day and deliverable, and publishes the deliverables other services read', async () => {
      const { subProjectId } = await subProjectIn(team, labId, 'detect');
      const stream = streams.subProject(subProjectId);

      await team
        .post(`/sub-projects/${subProjectId}/transitions`)
        .send({ to: 'diagnose', on: '2024-03-01', signal: { summary: 'Leesvaardigheid daalt' } })
        .expect(201);
      expect((await service.lastEvents(stream)).map((event) => event.type)).toEqual([
        'SubProjectPhaseEntered',
      ]);
      await team
        .post(`/sub-projects/${subProjectId}/transitions`)
        .send({ to: 'design', on: '2024-05-01', diagnosis: { summary: 'Zomerdip', themes: ['P6.D'] } })
        .expect(201);
      const diagnosed = await service.lastEvents(stream);
      const designed = await team
        .post(`/sub-projects/${subProjectId}/transitions`)
        .send({ to: 'determine', on: '2024-09-01', intervention: INTERVENTION });
      const interventionEvents = await service.lastEvents(stream);
      const studied = await team.post(`/sub-projects/${subProjectId}/transitions`).send({
        to: 'decide',
        on: '2025-02-01',
        study: { kind: 'effect', outcome: 'effective', summary: 'RCT' },
      });

      expect(diagnosed[0]).toMatchObject({
        type: 'DiagnosisDelivered',
        data: { subProjectId, labId, deliveredOn: '2024-05-01', themes: ['P6.D'] },
      });
      expect(designed.status).toBe(201);
      const interventionId = (designed.body as SubProjectBody).deliverables.find(
        (d) => d['kind'] === 'intervention',
      )?.['interventionId'];
      expect(interventionEvents[0]).toEqual({
        type: 'InterventionDesigned',
        data: {
          interventionId,
          subProjectId,
          labId,
          labCode: expect.any(String) as unknown,
          sectors: ['PO'],
          themes: ['P3.A'],
          designedOn: '2024-09-01',
        },
      });
      expect(studied.status).toBe(201);
      expect((await service.lastEvents(stream))[0]).toMatchObject({
        type: 'StudyCompleted',
        data: { interventionId, kind: 'effect', outcome: 'effective', completedOn: '2025-02-01' },
      });
      const read = await team.get(`/sub-projects/${subProjectId}`).expect(200);
      const body = read.body as SubProjectBody;
      expect(body.phase).toBe('decide');
      expect(body.visits.map((visit) => visit.phase)).toEqual([
        'detect',
        'diagnose',
        'design',
        'determine',
        'decide',
      ]);
      expect(
        body.deliverables.map((deliverable) => [deliverable['kind'], deliverable['deliveredOn']]),
      ).toEqual([
        ['signal', '2024-03-01'],
        ['diagnosis', '2024-05-01'],
        ['intervention', '2024-09-01'],
        ['study', '2025-02-01'],
      ]);
    });

    it('goes back from Decide to Design with the decision to adjust', async () => {
      const { subProjectId } = await subProjectIn(team, labId, 'decide');

      const response = await team.post(`/sub-projects/${subProjectId}/transitions`).send({
        to: 'design',
        on: '2024-06-01',
        decision: { decision: 'adjust', summary: 'Aanpassen voor VO' },
      });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ phase: 'design' });
      expect((await service.lastEvents(streams.subProject(subProjectId))).map((event) => event.type)).toEqual(
        ['SubProjectDecided', 'SubProjectPhaseEntered'],
      );
    });

    it('answers 409 for an impossible transition with the phases it allows', async () => {
      const { subProjectId } = await subProjectIn(team, labId, 'detect');

      const response = await team
        .post(`/sub-projects/${subProjectId}/transitions`)
        .send({ to: 'design', intervention: INTERVENTION });

      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'SUB_PROJECT.IMPOSSIBLE_TRANSITION',
        details: { from: 'detect', to: 'design', allowed: ['diagnose'] },
      });
    });

    it('answers 422 for a missing or wrong deliverable, 404, 400, 401 and 403', async () => {
      const { subProjectId } = await subProjectIn(team, labId, 'diagnose');

      const missing = await team.post(`/sub-projects/${subProjectId}/transitions`).send({ to: 'design' });
      expect(missing.status).toBe(422);
      expect(missing.body).toMatchObject({
        code: 'SUB_PROJECT.DELIVERABLE_REQUIRED',
        details: { expected: 'diagnosis' },
      });
      const wrong = await team
        .post(`/sub-projects/${subProjectId}/transitions`)
        .send({ to: 'design', signal: { summary: 'x' } });
      expect(wrong.status).toBe(422);
      expect(wrong.body).toMatchObject({ code: 'SUB_PROJECT.WRONG_DELIVERABLE' });
      const unknown = await team
        .post(`/sub-projects/${randomUUID()}/transitions`)
        .send({ to: 'design', diagnosis: { summary: 'x' } });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'SUB_PROJECT.NOT_FOUND' });
      const bad = await team
        .post(`/sub-projects/${subProjectId}/transitions`)
        .send({ to: 'develop', diagnosis: { summary: '' }, decision: { decision: 'stop', summary: 'x' } });
      expect(bad.status).toBe(400);
      expect((bad.body as { errors: Array<{ field: string }> }).errors.map((error) => error.field)).toEqual(
        expect.arrayContaining(['to', 'diagnosis.summary', 'decision.decision']),
      );
      await anonymous(service.app)
        .post(`/sub-projects/${subProjectId}/transitions`)
        .send({ to: 'design' })
        .expect(401);
      const desk = await service.as('helpdesk');
      await desk.post(`/sub-projects/${subProjectId}/transitions`).send({ to: 'design' }).expect(403);
    });
  });

  describe('concluding', () => {
    it('concludes from Decide, publishing SubProjectDecided, and refuses to move a concluded one', async () => {
      const { subProjectId } = await subProjectIn(team, labId, 'decide');

      const response = await team
        .post(`/sub-projects/${subProjectId}/conclusion`)
        .send({ decision: 'scale-up', summary: 'Landelijk aanbieden', concludedOn: '2024-06-01' });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        status: 'concluded',
        conclusion: { decision: 'scale-up', concludedOn: '2024-06-01' },
      });
      expect(await service.lastEvents(streams.subProject(subProjectId))).toEqual([
        {
          type: 'SubProjectDecided',
          data: { subProjectId, labId, decision: 'scale-up', decidedOn: '2024-06-01' },
        },
      ]);
      const after = await team
        .post(`/sub-projects/${subProjectId}/transitions`)
        .send({ to: 'design', decision: { decision: 'adjust', summary: 'x' } });
      expect(after.status).toBe(409);
      expect(after.body).toMatchObject({ code: 'SUB_PROJECT.CONCLUDED' });
    });

    it('answers 409 outside Decide, 404, 400 for adjust (a transition instead), 401 and 403', async () => {
      const { subProjectId } = await subProjectIn(team, labId, 'design');

      const notInDecide = await team
        .post(`/sub-projects/${subProjectId}/conclusion`)
        .send({ decision: 'stop', summary: 'x' });
      expect(notInDecide.status).toBe(409);
      expect(notInDecide.body).toMatchObject({ code: 'SUB_PROJECT.NOT_IN_DECIDE' });
      await team
        .post(`/sub-projects/${randomUUID()}/conclusion`)
        .send({ decision: 'stop', summary: 'x' })
        .expect(404);
      await team
        .post(`/sub-projects/${subProjectId}/conclusion`)
        .send({ decision: 'adjust', summary: 'x' })
        .expect(400);
      await anonymous(service.app)
        .post(`/sub-projects/${subProjectId}/conclusion`)
        .send({ decision: 'stop', summary: 'x' })
        .expect(401);
      const desk = await service.as('helpdesk');
      await desk
        .post(`/sub-projects/${subProjectId}/conclusion`)
        .send({ decision: 'stop', summary: 'x' })
        .expect(403);
    });
  });

  describe('reading', () => {
    it("shows the lab's 5D view: sub-projects per phase with their days there, and the concluded ones", async () => {
      const ownLab = await startedLab(team);
      const designing = await subProjectIn(team, ownLab, 'design');
      const concluding = await subProjectIn(team, ownLab, 'decide');
      await team
        .post(`/sub-projects/${concluding.subProjectId}/conclusion`)
        .send({ decision: 'stop', summary: 'Werkt niet', concludedOn: '2024-03-01' })
        .expect(201);
      const desk = await service.as('helpdesk');

      const response = await desk.get(`/labs/${ownLab}/five-d`);

      expect(response.status).toBe(200);
      // Started on 2024-01-08; today is 2025-03-10.
      expect(response.body).toEqual({
        labId: ownLab,
        asOf: '2025-03-10',
        phases: [
          { phase: 'detect', subProjects: [] },
          { phase: 'diagnose', subProjects: [] },
          {
            phase: 'design',
            subProjects: [
              {
                subProjectId: designing.subProjectId,
                title: 'Pre-teaching',
                enteredOn: '2024-01-08',
                daysInPhase: 427,
              },
            ],
          },
          { phase: 'determine', subProjects: [] },
          { phase: 'decide', subProjects: [] },
        ],
        concluded: [
          {
            subProjectId: concluding.subProjectId,
            title: 'Pre-teaching',
            decision: 'stop',
            concludedOn: '2024-03-01',
          },
        ],
      });
      const list = await desk.get(`/labs/${ownLab}/sub-projects`).expect(200);
      expect((list.body as SubProjectBody[]).map((subProject) => subProject.subProjectId).sort()).toEqual(
        [designing.subProjectId, concluding.subProjectId].sort(),
      );
    });

    it('answers 404 for an unknown lab or sub-project, 400, 401 and 403 on reads', async () => {
      await team.get(`/labs/${randomUUID()}/five-d`).expect(404);
      await team.get(`/labs/${randomUUID()}/sub-projects`).expect(404);
      const unknown = await team.get(`/sub-projects/${randomUUID()}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'SUB_PROJECT.NOT_FOUND' });
      await team.get('/sub-projects/zomerschool').expect(400);
      await anonymous(service.app).get(`/labs/${labId}/five-d`).expect(401);
      const monitoring = await service.as('monitoring');
      await monitoring.get(`/labs/${labId}/five-d`).expect(403);
      await monitoring.get(`/labs/${labId}/sub-projects`).expect(403);
    });
  });
});
