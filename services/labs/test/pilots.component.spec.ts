import { randomUUID } from 'node:crypto';
import { labIdOf, streams } from '../src/infrastructure/labs.aggregates';
import { designedIntervention, onRoster, startedLab } from './lab-scenario';
import { anonymous, type Caller, freshBrin, type LabsApp, startLabs } from './labs-app';

interface PilotBody {
  pilotId: string;
  status: string;
}

describe('pilots', () => {
  let service: LabsApp;
  let team: Caller;
  let labId: string;
  let subProjectId: string;
  let interventionId: string;
  const primary = freshBrin();
  const secondary = freshBrin();

  beforeAll(async () => {
    service = await startLabs();
    team = await service.as('pillar-team:labs');
    labId = await startedLab(team);
    ({ subProjectId, interventionId } = await designedIntervention(team, labId));
    await onRoster(team, labId, [
      { brin: primary, sector: 'PO' },
      { brin: secondary, sector: 'VO' },
    ]);
  });

  afterAll(async () => {
    await service.close();
  });

  async function planned(): Promise<string> {
    const response = await team
      .post(`/labs/${labId}/pilots`)
      .send({
        subProjectId,
        interventionId,
        title: 'Pilot',
        brins: [primary, secondary],
        plannedStartOn: '2024-09-02',
      })
      .expect(201);
    return (response.body as PilotBody).pilotId;
  }

  async function step(pilotId: string, path: string, body: object): Promise<void> {
    await team.post(`/pilots/${pilotId}/${path}`).send(body).expect(201);
  }

  it('goes planned → running → go → field experiment → completed effective, publishing each step', async () => {
    const pilotId = await planned();
    const stream = streams.pilot(pilotId);
    expect(await service.lastEvents(stream)).toEqual([]);

    await step(pilotId, 'start', { startedOn: '2024-09-09' });
    expect(await service.lastEvents(stream)).toEqual([
      {
        type: 'PilotStarted',
        data: {
          pilotId,
          labId,
          subProjectId,
          interventionId,
          brins: [primary, secondary],
          startedOn: '2024-09-09',
        },
      },
    ]);
    await step(pilotId, 'go-no-go', {
      decision: 'go',
      reasonCodes: ['promising-results'],
      explanation: 'Leraren positief',
      decidedOn: '2025-01-15',
    });
    expect((await service.lastEvents(stream))[0]).toEqual({
      type: 'PilotGoNoGoDecided',
      data: {
        pilotId,
        labId,
        interventionId,
        decision: 'go',
        reasonCodes: ['promising-results'],
        decidedOn: '2025-01-15',
      },
    });
    await step(pilotId, 'field-experiment', { startedOn: '2025-02-01' });
    expect((await service.lastEvents(stream))[0]?.type).toBe('PilotFieldExperimentStarted');
    const completed = await team
      .post(`/pilots/${pilotId}/completion`)
      .send({ result: 'effective', pupilResultsEffectSize: 0.21, completedOn: '2025-03-01' });

    expect(completed.status).toBe(201);
    expect(completed.body).toMatchObject({
      status: 'completed',
      goNoGo: { decision: 'go', explanation: 'Leraren positief' },
      completion: { result: 'effective', pupilResultsEffectSize: 0.21, completedOn: '2025-03-01' },
    });
    expect(await service.lastEvents(stream)).toEqual([
      {
        type: 'PilotCompleted',
        data: {
          pilotId,
          labId,
          labCode: expect.any(String) as unknown,
          subProjectId,
          interventionId,
          themes: ['P3.A'],
          schoolCount: 2,
          sectors: ['PO', 'VO'],
          fieldExperiment: true,
          result: 'effective',
          pupilResultsEffectSize: 0.21,
          completedOn: '2025-03-01',
        },
      },
    ]);
  });

  it('completes after a no-go without a field experiment', async () => {
    const pilotId = await planned();
    await step(pilotId, 'start', { startedOn: '2024-09-09' });
    await step(pilotId, 'go-no-go', {
      decision: 'no-go',
      reasonCodes: ['too-few-schools'],
      decidedOn: '2025-01-15',
    });

    const response = await team.post(`/pilots/${pilotId}/completion`).send({ result: 'inconclusive' });

    expect(response.status).toBe(201);
    expect((await service.lastEvents(streams.pilot(pilotId)))[0]?.data).toMatchObject({
      fieldExperiment: false,
      result: 'inconclusive',
      completedOn: '2025-03-10',
    });
  });

  it('answers 409 for a step its status does not allow', async () => {
    const pilotId = await planned();

    const early = await team
      .post(`/pilots/${pilotId}/go-no-go`)
      .send({ decision: 'go', reasonCodes: ['promising-results'] });
    const noGo = await team.post(`/pilots/${pilotId}/field-experiment`).send({});
    const notRun = await team.post(`/pilots/${pilotId}/completion`).send({ result: 'inconclusive' });
    await step(pilotId, 'start', {});
    const twice = await team.post(`/pilots/${pilotId}/start`).send({});

    for (const response of [early, noGo, notRun, twice]) {
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'PILOT.INVALID_TRANSITION' });
    }
  });

  it('answers 422 for an effective result without its effect, and for schools not on the roster or an unknown intervention', async () => {
    const pilotId = await planned();
    await step(pilotId, 'start', { startedOn: '2024-09-09' });
    await step(pilotId, 'go-no-go', {
      decision: 'go',
      reasonCodes: ['schools-committed'],
      decidedOn: '2025-01-15',
    });
    await step(pilotId, 'field-experiment', { startedOn: '2025-02-01' });

    const noEffect = await team.post(`/pilots/${pilotId}/completion`).send({ result: 'effective' });
    expect(noEffect.status).toBe(422);
    expect(noEffect.body).toMatchObject({ code: 'PILOT.EFFECT_REQUIRED' });
    const stranger = await team
      .post(`/labs/${labId}/pilots`)
      .send({ subProjectId, interventionId, title: 'x', brins: [freshBrin()], plannedStartOn: '2024-09-02' });
    expect(stranger.status).toBe(422);
    expect(stranger.body).toMatchObject({ code: 'PILOT.SCHOOL_NOT_ON_ROSTER' });
    const unknownIntervention = await team.post(`/labs/${labId}/pilots`).send({
      subProjectId,
      interventionId: randomUUID(),
      title: 'x',
      brins: [primary],
      plannedStartOn: '2024-09-02',
    });
    expect(unknownIntervention.status).toBe(422);
    expect(unknownIntervention.body).toMatchObject({ code: 'PILOT.UNKNOWN_INTERVENTION' });
    const otherLab = await startedLab(team);
    const ofAnotherLab = await team
      .post(`/labs/${otherLab}/pilots`)
      .send({ subProjectId, interventionId, title: 'x', brins: [primary], plannedStartOn: '2024-09-02' });
    expect(ofAnotherLab.status).toBe(422);
    expect(ofAnotherLab.body).toMatchObject({ code: 'PILOT.SUB_PROJECT_OF_ANOTHER_LAB' });
  });

  it('answers 404 for an unknown pilot, lab or sub-project, and 400 for bad fields', async () => {
    const unknownPilot = await team.post(`/pilots/${randomUUID()}/start`).send({});
    expect(unknownPilot.status).toBe(404);
    expect(unknownPilot.body).toMatchObject({ code: 'PILOT.NOT_FOUND' });
    await team.get(`/pilots/${randomUUID()}`).expect(404);
    const body = { subProjectId, interventionId, title: 'x', brins: [primary], plannedStartOn: '2024-09-02' };
    await team
      .post(`/labs/${labIdOf('no-such-lab')}/pilots`)
      .send(body)
      .expect(404);
    const unknownSubProject = await team
      .post(`/labs/${labId}/pilots`)
      .send({ ...body, subProjectId: randomUUID() });
    expect(unknownSubProject.status).toBe(404);
    expect(unknownSubProject.body).toMatchObject({ code: 'SUB_PROJECT.NOT_FOUND' });
    const bad = await team.post(`/labs/${labId}/pilots`).send({ ...body, brins: [], plannedStartOn: 'soon' });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: Array<{ field: string }> }).errors.map((error) => error.field)).toEqual(
      expect.arrayContaining(['brins', 'plannedStartOn']),
    );
    const pilotId = await planned();
    await team.post(`/pilots/${pilotId}/go-no-go`).send({ decision: 'maybe', reasonCodes: [] }).expect(400);
    await team
      .post(`/pilots/${pilotId}/completion`)
      .send({ result: 'great', pupilResultsEffectSize: 'big' })
      .expect(400);
    await team.post(`/pilots/${pilotId}/start`).send({ startedOn: '2024-13-01' }).expect(400);
    await team.post(`/pilots/${pilotId}/field-experiment`).send({ startedOn: 'x' }).expect(400);
  });

  it('answers 401 without a token and 403 for roles that may not write, and lets the help desk read', async () => {
    const pilotId = await planned();
    const desk = await service.as('helpdesk');

    await anonymous(service.app).get(`/pilots/${pilotId}`).expect(401);
    await anonymous(service.app).post(`/pilots/${pilotId}/start`).send({}).expect(401);
    for (const path of ['start', 'go-no-go', 'field-experiment', 'completion']) {
      await desk.post(`/pilots/${pilotId}/${path}`).send({}).expect(403);
    }
    await desk.post(`/labs/${labId}/pilots`).send({}).expect(403);
    await desk.get(`/pilots/${pilotId}`).expect(200);
    const list = await desk.get(`/labs/${labId}/pilots`).expect(200);
    expect((list.body as PilotBody[]).map((pilot) => pilot.pilotId)).toContain(pilotId);
    const monitoring = await service.as('monitoring');
    await monitoring.get(`/labs/${labId}/pilots`).expect(403);
  });
});
