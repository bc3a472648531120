import { TOPICS } from '@okr/contracts';
import { readTopic } from '@okr/messaging/testing';
import { randomUUID } from 'node:crypto';
import { labIdOf, partnerIdOf, streams } from '../src/infrastructure/labs.aggregates';
import { anonymous, type Caller, freshLabCode, type LabsApp, startLabs } from './labs-app';

describe('labs and their phases', () => {
  let service: LabsApp;
  let team: Caller;

  beforeAll(async () => {
    service = await startLabs();
    team = await service.as('pillar-team:labs');
  });

  afterAll(async () => {
    await service.close();
  });

  async function startedLab(startedOn = '2023-09-01'): Promise<{ labId: string; code: string }> {
    const code = freshLabCode();
    const response = await team
      .post('/labs')
      .send({ code, name: 'TaalLab', theme: 'leesonderwijs', startedOn })
      .expect(201);
    return { labId: (response.body as { labId: string }).labId, code };
  }

  describe('starting a lab', () => {
    // First in the file, so the labs topic holds this lab's two events and nothing else yet.
    it('publishes its events on the labs topic, keyed by the lab, without its name', async () => {
      const { labId } = await startedLab();

      const messages = await readTopic(service.topic(TOPICS.labs), 2);

      const ofLab = messages.filter((message) => message.key === labId);
      expect(ofLab.map((message) => (JSON.parse(message.value) as { type: string }).type)).toEqual([
        'LabStarted',
        'LabPhaseEntered',
      ]);
      expect(ofLab.some((message) => message.value.includes('TaalLab'))).toBe(false);
    });

    it('refuses a lab started after today with 400 naming startedOn', async () => {
      const response = await team
        .post('/labs')
        .send({ code: freshLabCode(), name: 'TaalLab', theme: 'leesonderwijs', startedOn: '2025-03-11' });

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'REQUEST.VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: 'startedOn' }) as unknown],
      });
    });

    it('starts it in its pilot phase with its phases planned, and publishes LabStarted and LabPhaseEntered', async () => {
      const code = freshLabCode();

      const response = await team.post('/labs').send({
        code,
        name: 'TaalLab',
        theme: 'taalachterstanden en leesonderwijs',
        startedOn: '2024-09-02',
      });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        labId: labIdOf(code),
        version: 1,
        code,
        name: 'TaalLab',
        startedOn: '2024-09-02',
        currentPhase: 'pilot',
        behindPlan: false,
        phases: [
          { phase: 'pilot', plannedStartOn: '2024-09-02', plannedEndOn: '2025-09-02', status: 'current' },
          { phase: 'design', plannedStartOn: '2025-09-02', plannedEndOn: '2027-09-02', status: 'upcoming' },
          { phase: 'impact-evaluation', plannedEndOn: '2029-09-02', status: 'upcoming' },
        ],
      });
      expect(await service.lastEvents(streams.lab(labIdOf(code)))).toEqual([
        { type: 'LabStarted', data: { labId: labIdOf(code), labCode: code, startedOn: '2024-09-02' } },
        {
          type: 'LabPhaseEntered',
          data: { labId: labIdOf(code), phase: 'pilot', enteredOn: '2024-09-02', plannedEndOn: '2025-09-02' },
        },
      ]);
    });

    it('takes today (Dutch time) when no start day is given', async () => {
      const response = await team
        .post('/labs')
        .send({ code: freshLabCode(), name: 'LerarenLab', theme: 'lerarentekort' });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ startedOn: '2025-03-10' });
    });

    it('answers 409 for a code that started already', async () => {
      const { code } = await startedLab();

      const again = await team
        .post('/labs')
        .send({ code, name: 'Ander lab', theme: 'x', startedOn: '2024-01-01' });

      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'LAB.ALREADY_STARTED' });
    });

    it('answers 400 naming the failing fields', async () => {
      const response = await team
        .post('/labs')
        .send({ code: 'Taal Lab', name: '', startedOn: '2024-02-30', extra: 1 });

      expect(response.status).toBe(400);
      const fields = (response.body as { errors: Array<{ field: string }> }).errors.map(
        (error) => error.field,
      );
      expect(fields).toEqual(expect.arrayContaining(['code', 'name', 'theme', 'startedOn', 'extra']));
    });

    it('answers 401 without a token and 403 for a role that may not write', async () => {
      await anonymous(service.app)
        .post('/labs')
        .send({ code: freshLabCode(), name: 'x', theme: 'y' })
        .expect(401);
      const desk = await service.as('helpdesk');
      await desk.post('/labs').send({ code: freshLabCode(), name: 'x', theme: 'y' }).expect(403);
      const otherPillar = await service.as('pillar-team:enrolment');
      await otherPillar.post('/labs').send({ code: freshLabCode(), name: 'x', theme: 'y' }).expect(403);
    });
  });

  describe('reading labs', () => {
    it('shows a lab to the help desk, behind plan when its pilot phase runs past its planned end', async () => {
      const { labId } = await startedLab('2023-09-01');
      const desk = await service.as('helpdesk');

      const response = await desk.get(`/labs/${labId}`);

      expect(response.status).toBe(200);
      // Today is 2025-03-10: the pilot phase was planned to end on 2024-09-01, 190 days before.
      expect(response.body).toMatchObject({ currentPhase: 'pilot', behindPlan: true, daysBehind: 190 });
    });

    it('lists labs, earliest started first', async () => {
      const early = await startedLab('2000-01-03');

      const response = await team.get('/labs?pageSize=100');

      expect(response.status).toBe(200);
      expect((response.body as { items: Array<{ labId: string }> }).items[0]?.labId).toBe(early.labId);
    });

    it('answers 404 for an unknown lab, 400 for an id that is no UUID, 401 and 403', async () => {
      const unknown = await team.get(`/labs/${randomUUID()}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'LAB.NOT_FOUND' });
      await team.get('/labs/taallab').expect(400);
      await anonymous(service.app).get('/labs').expect(401);
      const monitoring = await service.as('monitoring');
      await monitoring.get('/labs').expect(403);
    });
  });

  describe('entering the next phase', () => {
    it('moves the lab to design, publishing LabPhaseEntered, and shows how late it started', async () => {
      const { labId } = await startedLab('2023-09-01');

      const response = await team
        .post(`/labs/${labId}/phase-transitions`)
        .send({ phase: 'design', enteredOn: '2024-10-01' });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        currentPhase: 'design',
        version: 2,
        behindPlan: true,
        daysBehind: 30,
      });
      expect(await service.lastEvents(streams.lab(labId))).toEqual([
        {
          type: 'LabPhaseEntered',
          data: { labId, phase: 'design', enteredOn: '2024-10-01', plannedEndOn: '2026-09-01' },
        },
      ]);
    });

    it('answers 409 for a skipped phase, 422 for a day before the current phase, 404, 400, 401 and 403', async () => {
      const { labId } = await startedLab('2023-09-01');

      const skipped = await team
        .post(`/labs/${labId}/phase-transitions`)
        .send({ phase: 'impact-evaluation' });
      expect(skipped.status).toBe(409);
      expect(skipped.body).toMatchObject({ code: 'LAB.PHASE_OUT_OF_ORDER', details: { expected: 'design' } });
      const early = await team
        .post(`/labs/${labId}/phase-transitions`)
        .send({ phase: 'design', enteredOn: '2023-01-01' });
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({ code: 'LAB.DATE_OUT_OF_ORDER' });
      const unknown = await team.post(`/labs/${randomUUID()}/phase-transitions`).send({ phase: 'design' });
      expect(unknown.status).toBe(404);
      await team.post(`/labs/${labId}/phase-transitions`).send({ phase: 'evaluation' }).expect(400);
      await anonymous(service.app)
        .post(`/labs/${labId}/phase-transitions`)
        .send({ phase: 'design' })
        .expect(401);
      const desk = await service.as('helpdesk');
      await desk.post(`/labs/${labId}/phase-transitions`).send({ phase: 'design' }).expect(403);
    });
  });

  describe('partners', () => {
    it('lets a teacher-training institute join and leave, publishing it by an id that is the same in every lab', async () => {
      const first = await startedLab();
      const second = await startedLab();
      const instituteId = partnerIdOf('teacher-training-institute', 'Hogeschool Utrecht');

      const joined = await team
        .post(`/labs/${first.labId}/partners`)
        .send({ kind: 'teacher-training-institute', name: 'Hogeschool Utrecht', joinedOn: '2024-01-15' });
      await team
        .post(`/labs/${second.labId}/partners`)
        .send({ kind: 'teacher-training-institute', name: '  hogeschool   utrecht ', joinedOn: '2024-02-01' })
        .expect(201);

      expect(joined.status).toBe(201);
      expect(joined.body).toMatchObject({
        partners: [{ partnerId: instituteId, name: 'Hogeschool Utrecht' }],
      });
      expect(await service.lastEvents(streams.lab(second.labId))).toEqual([
        {
          type: 'TeacherTrainingInstituteJoined',
          data: { labId: second.labId, instituteId, joinedOn: '2024-02-01' },
        },
      ]);
      const left = await team
        .post(`/labs/${first.labId}/partners/${instituteId}/departure`)
        .send({ leftOn: '2025-01-31' });
      expect(left.status).toBe(201);
      expect(await service.lastEvents(streams.lab(first.labId))).toEqual([
        {
          type: 'TeacherTrainingInstituteLeft',
          data: { labId: first.labId, instituteId, leftOn: '2025-01-31' },
        },
      ]);
    });

    it('keeps other partners without publishing them', async () => {
      const { labId } = await startedLab();

      const response = await team
        .post(`/labs/${labId}/partners`)
        .send({ kind: 'foundation', name: 'Stichting Lezen' });

      expect(response.status).toBe(201);
      expect(await service.lastEvents(streams.lab(labId))).toEqual([]);
    });

    it('answers 409 for a partner that takes part already or left already, 404 for an unknown one, 400, 401 and 403', async () => {
      const { labId } = await startedLab();
      const body = { kind: 'teacher-training-institute', name: 'Windesheim', joinedOn: '2024-01-15' };
      await team.post(`/labs/${labId}/partners`).send(body).expect(201);
      const partnerId = partnerIdOf('teacher-training-institute', 'Windesheim');

      const twice = await team.post(`/labs/${labId}/partners`).send(body);
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ code: 'LAB.PARTNER_ALREADY_JOINED' });
      await team.post(`/labs/${labId}/partners/${partnerId}/departure`).send({}).expect(201);
      const leftTwice = await team.post(`/labs/${labId}/partners/${partnerId}/departure`).send({});
      expect(leftTwice.status).toBe(409);
      expect(leftTwice.body).toMatchObject({ code: 'LAB.PARTNER_ALREADY_LEFT' });
      const unknown = await team.post(`/labs/${labId}/partners/${randomUUID()}/departure`).send({});
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'LAB.PARTNER_NOT_FOUND' });
      await team.post(`/labs/${labId}/partners`).send({ kind: 'university', name: 'UvA' }).expect(400);
      await team.post(`/labs/${labId}/partners/not-a-uuid/departure`).send({}).expect(400);
      await anonymous(service.app).post(`/labs/${labId}/partners`).send(body).expect(401);
      const desk = await service.as('helpdesk');
      await desk.post(`/labs/${labId}/partners`).send(body).expect(403);
      await desk.post(`/labs/${labId}/partners/${partnerId}/departure`).send({}).expect(403);
    });
  });
});
