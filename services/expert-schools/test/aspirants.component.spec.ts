import { randomUUID } from 'node:crypto';
import {
  dayOf,
  daysBetween,
  EXPERT_SCHOOLS_EVENTS,
  InterventionDesignedV1,
  SchoolEnrolledV1,
  SchoolEnrolledV2,
  SchoolWithdrewV1,
  TOPICS,
} from '@okr/contracts';
import { exampleOf } from '@okr/contracts/testing';
import { AggregateStore } from '@okr/messaging';
import { eventually, readTopic } from '@okr/messaging/testing';
import { ShiftedClock } from '@okr/service-kit/testing';
import { streams } from '../src/infrastructure/expert-schools.aggregates';
import { anonymous, type Caller, type ExpertSchoolsApp, startExpertSchools } from './expert-schools-app';
import {
  assessmentBody,
  certifiedExpertSchool,
  FULL_TEAM,
  fromHelpDesk,
  lastEvents,
  selectionBody,
} from './expert-schools.scenario';
import { enrolled, nextBrin, withdrew } from './help-desk-events';

describe('aspirants', () => {
  // A cohort of a school year to come is assessed and selected on its days: today moves there for that test.
  const clock = new ShiftedClock();
  let service: ExpertSchoolsApp;
  let coordinator: Caller;
  let desk: Caller;

  beforeAll(async () => {
    service = await startExpertSchools({}, { clock });
    coordinator = await service.as('pillar-team:expert-schools');
    desk = await service.as('helpdesk');
  });

  afterAll(async () => {
    await service.close();
  });

  /** An aspirant from the help desk, assessed with every criterion met; answers its path. */
  async function assessed(facts: Parameters<typeof fromHelpDesk>[3] = {}): Promise<string> {
    const { participationId } = await fromHelpDesk(service, coordinator, 'aspirant-expert-school', facts);
    await coordinator.put(`/aspirants/${participationId}/assessment`).send(assessmentBody()).expect(200);
    return `/aspirants/${participationId}`;
  }

  async function selected(facts: Parameters<typeof fromHelpDesk>[3] = {}): Promise<string> {
    const path = await assessed(facts);
    await coordinator.post(`${path}/selection`).send(selectionBody()).expect(201);
    return path;
  }

  describe('from the help desk', () => {
    it('shows a school the help desk enrolled as aspirant, with its sector, year and equal-access flags', async () => {
      const enrolment = await fromHelpDesk(service, coordinator, 'aspirant-expert-school', { sector: 'VO' });
      const { body } = await desk.get(`/aspirants/${enrolment.participationId}`).expect(200);
      expect(body).toMatchObject({
        aspirantId: enrolment.participationId,
        brin: enrolment.brin,
        sector: 'VO',
        schoolYear: '2024-2025',
        enrolledOn: enrolment.enrolledOn,
        status: 'enrolled',
        equalAccess: enrolment.equalAccess,
        team: [],
      });
    });

    it('changes nothing when the enrolment is delivered again', async () => {
      const brin = nextBrin();
      const data = enrolled(brin, 'aspirant-expert-school');
      const envelope = await service.publish(SchoolEnrolledV2, data);
      await eventually(async () => {
        await desk.get(`/aspirants/${data.participationId}`).expect(200);
        return true;
      });
      await service.republish(SchoolEnrolledV2, envelope);
      // A later event of the same school, on the same partition, shows the redelivery was consumed.
      await service.publish(SchoolWithdrewV1, withdrew(data, '2024-10-01'));
      await eventually(async () => {
        const { body } = await desk.get(`/aspirants/${data.participationId}`).expect(200);
        expect(body.status).toBe('withdrawn');
        return true;
      });
      const history = await service.app.get(AggregateStore).history(streams.aspirant(data.participationId));
      expect(history.map((commit) => commit.command)).toEqual(['enrol-aspirant', 'withdraw-aspirant']);
    });

    it('changes nothing when the withdrawal is delivered again', async () => {
      const data = enrolled(nextBrin(), 'aspirant-expert-school');
      await service.publish(SchoolEnrolledV2, data);
      const withdrawal = await service.publish(SchoolWithdrewV1, withdrew(data, '2024-10-01'));
      await service.republish(SchoolWithdrewV1, withdrawal);
      // A later event of the same school (same key, same partition) is consumed after the redelivery.
      const marker = enrolled(data.brin, 'development-school');
      await service.publish(SchoolEnrolledV2, marker);
      await eventually(async () => {
        await desk.get(`/development-schools/${marker.participationId}`).expect(200);
        return true;
      });
      const history = await service.app.get(AggregateStore).history(streams.aspirant(data.participationId));
      expect(history.map((commit) => commit.command)).toEqual(['enrol-aspirant', 'withdraw-aspirant']);
    });

    it('reads SchoolEnrolled v1 too, dated by when it was recorded, with an id of its own when it has none', async () => {
      const brin = nextBrin();
      await service.publish(
        SchoolEnrolledV1,
        exampleOf(SchoolEnrolledV1, {
          brin,
          activity: 'development-school',
          sector: 'VO',
          schoolYear: '2023-2024',
          participationId: undefined,
          applicationId: undefined,
          roundId: undefined,
        }),
        { occurredAt: '2023-09-04T22:30:00Z' },
      );
      const page = await eventually(async () => {
        const { body } = await desk.get(`/development-schools?brin=${brin}`).expect(200);
        expect(body.total).toBe(1);
        return body as { items: Record<string, unknown>[] };
      });
      // 22:30 UTC on 4 September is 5 September in Amsterdam.
      expect(page.items[0]).toMatchObject({
        brin,
        sector: 'VO',
        schoolYear: '2023-2024',
        enrolledOn: '2023-09-05',
      });
    });

    it('leaves enrolments in activities of other pillars alone', async () => {
      const other = enrolled(nextBrin(), 'groeikracht');
      const marker = enrolled(other.brin, 'development-school');
      await service.publish(SchoolEnrolledV2, other);
      await service.publish(SchoolEnrolledV2, marker);
      await eventually(async () => {
        await desk.get(`/development-schools/${marker.participationId}`).expect(200);
        return true;
      });
      await desk.get(`/aspirants/${other.participationId}`).expect(404);
    });
  });

  describe('assessment', () => {
    it('records every criterion with its evidence and judgement', async () => {
      const { participationId } = await fromHelpDesk(service, coordinator, 'aspirant-expert-school');
      const { body } = await coordinator
        .put(`/aspirants/${participationId}/assessment`)
        .send(assessmentBody('partly-meets'))
        .expect(200);
      expect(body.assessment.criteria).toHaveLength(10);
      expect(body.assessment.criteria[0]).toEqual({
        criterion: 'basics-in-order',
        judgement: 'partly-meets',
        evidence: 'Bewijs voor basics-in-order',
      });
    });

    it('answers 400 naming the fields of a malformed assessment', async () => {
      const { participationId } = await fromHelpDesk(service, coordinator, 'aspirant-expert-school');
      const { body } = await coordinator
        .put(`/aspirants/${participationId}/assessment`)
        .send({ assessedOn: '2024-13-01', criteria: [{ criterion: 'charm', judgement: 'great' }] })
        .expect(400);
      const fields = (body.errors as { field: string }[]).map(({ field }) => field).sort();
      expect(fields).toEqual(
        expect.arrayContaining([
          'assessedOn',
          'criteria.0.criterion',
          'criteria.0.evidence',
          'criteria.0.judgement',
        ]),
      );
    });

    it('answers 422 when a criterion is missing', async () => {
      const { participationId } = await fromHelpDesk(service, coordinator, 'aspirant-expert-school');
      const body = assessmentBody();
      const { body: problem } = await coordinator
        .put(`/aspirants/${participationId}/assessment`)
        .send({ ...body, criteria: (body['criteria'] as unknown[]).slice(1) })
        .expect(422);
      expect(problem).toMatchObject({ code: 'ASPIRANT.ASSESSMENT_INCOMPLETE' });
    });

    it('answers 401 without a token, 403 for the help desk, 404 for an unknown aspirant', async () => {
      const path = '/aspirants/00000000-0000-4000-8000-000000000000/assessment';
      await anonymous(service.app).put(path).send(assessmentBody()).expect(401);
      await desk.put(path).send(assessmentBody()).expect(403);
      const { body } = await coordinator.put(path).send(assessmentBody()).expect(404);
      expect(body).toMatchObject({ code: 'ASPIRANT.NOT_FOUND' });
    });
  });

  describe('selection', () => {
    it('selects an aspirant that meets every criterion, with the region the help desk registered', async () => {
      const path = await assessed({ region: 'Noord-Brabant' });
      const { body } = await coordinator.post(`${path}/selection`).send(selectionBody()).expect(201);
      expect(body).toMatchObject({
        status: 'selected',
        selection: {
          schoolType: 'bao',
          region: 'Noord-Brabant',
          approach: { pillarCodes: ['P3.A', 'P5.A'] },
        },
      });
      const events = await lastEvents(service, streams.aspirant(body.aspirantId));
      expect(events).toEqual([
        {
          type: 'AspirantExpertSchoolSelected',
          data: {
            aspirantId: body.aspirantId,
            brin: body.brin,
            sector: 'PO',
            region: 'Noord-Brabant',
            schoolType: 'bao',
            schoolYear: '2024-2025',
            pillarCodes: ['P3.A', 'P5.A'],
            approachOrigin: 'proven-approach',
            selectedOn: '2024-09-20',
          },
        },
      ]);
    });

    it('refuses to select without an assessment (409) or with a criterion not met (422)', async () => {
      const { participationId } = await fromHelpDesk(service, coordinator, 'aspirant-expert-school');
      const path = `/aspirants/${participationId}`;
      const { body: notAssessed } = await coordinator
        .post(`${path}/selection`)
        .send(selectionBody())
        .expect(409);
      expect(notAssessed).toMatchObject({ code: 'ASPIRANT.NOT_ASSESSED' });
      await coordinator.put(`${path}/assessment`).send(assessmentBody('partly-meets')).expect(200);
      const { body: unmet } = await coordinator.post(`${path}/selection`).send(selectionBody()).expect(422);
      expect(unmet).toMatchObject({ code: 'ASPIRANT.CRITERIA_NOT_MET' });
    });

    it('requires the lab intervention of an approach from a lab, and nothing else', async () => {
      const path = await assessed();
      const fromLab = selectionBody();
      const approach = { ...(fromLab['approach'] as object), origin: 'lab-intervention' };
      const { body } = await coordinator
        .post(`${path}/selection`)
        .send({ ...fromLab, approach })
        .expect(422);
      expect(body).toMatchObject({ code: 'ASPIRANT.LAB_INTERVENTION_MISMATCH' });
    });

    it('takes an approach from a lab only once the labs service has published that intervention, and a redelivery changes nothing', async () => {
      const path = await assessed();
      const designed = exampleOf(InterventionDesignedV1, { interventionId: randomUUID() });
      const fromLab = selectionBody();
      const approach = {
        ...(fromLab['approach'] as object),
        origin: 'lab-intervention',
        labInterventionId: designed.interventionId,
      };

      const unknown = await coordinator
        .post(`${path}/selection`)
        .send({ ...fromLab, approach })
        .expect(422);
      expect(unknown.body).toMatchObject({
        code: 'ASPIRANT.UNKNOWN_LAB_INTERVENTION',
        details: { labInterventionId: designed.interventionId },
      });

      const envelope = await service.publish(InterventionDesignedV1, designed);
      await service.republish(InterventionDesignedV1, envelope);
      const { body } = await eventually(async () => {
        const response = await coordinator.post(`${path}/selection`).send({ ...fromLab, approach });
        expect(response.status).toBe(201);
        return response;
      });
      expect(body.selection.approach).toMatchObject({ labInterventionId: designed.interventionId });
      const history = await service.app
        .get(AggregateStore)
        .history(streams.labIntervention(designed.interventionId));
      expect(history.map((commit) => commit.command)).toEqual(['copy-lab-intervention']);
    });

    it('answers 400 for a pillar code that is not one of the seven pillars', async () => {
      const path = await assessed();
      const body = selectionBody();
      const approach = { ...(body['approach'] as object), pillarCodes: ['P9'] };
      const { body: problem } = await coordinator
        .post(`${path}/selection`)
        .send({ ...body, approach })
        .expect(400);
      expect((problem.errors as { field: string }[]).map(({ field }) => field)).toContain(
        'approach.pillarCodes',
      );
    });
  });

  describe('training year', () => {
    it('certifies a selected aspirant with a full expert team and publishes ExpertSchoolCertified', async () => {
      const path = await selected();
      const { body: incomplete } = await coordinator
        .post(`${path}/certification`)
        .send({ certifiedOn: '2025-06-30' })
        .expect(422);
      expect(incomplete).toMatchObject({
        code: 'ASPIRANT.TEAM_INCOMPLETE',
        details: { lacking: ['teacher', 'school-leader'] },
      });
      const { body: team } = await coordinator.put(`${path}/team`).send(FULL_TEAM).expect(200);
      expect(team.team).toEqual(FULL_TEAM.members);
      const { body } = await coordinator
        .post(`${path}/certification`)
        .send({ certifiedOn: '2025-06-30' })
        .expect(201);
      expect(body).toMatchObject({ status: 'certified', certifiedOn: '2025-06-30' });
      const [event] = await lastEvents(service, streams.aspirant(body.aspirantId));
      expect(event).toEqual({
        type: 'ExpertSchoolCertified',
        data: expect.objectContaining({
          brin: body.brin,
          sector: 'PO',
          certifiedOn: '2025-06-30',
          pillarCodes: ['P3.A', 'P5.A'],
        }),
      });
      expect(JSON.stringify(event)).not.toContain('Fatima');
      const { body: again } = await coordinator.post(`${path}/certification`).send({}).expect(409);
      expect(again).toMatchObject({ code: 'ASPIRANT.INVALID_TRANSITION' });
    });

    it('lets a selected aspirant drop out with a reason, and then neither certifies nor drops it again', async () => {
      const path = await selected();
      const { body } = await coordinator
        .post(`${path}/drop-out`)
        .send({
          reasonCode: 'approach-not-transferable',
          droppedOutOn: '2025-03-01',
          notes: 'Niet overdraagbaar in een jaar.',
        })
        .expect(201);
      expect(body).toMatchObject({
        status: 'dropped-out',
        dropOut: { reasonCode: 'approach-not-transferable', droppedOutOn: '2025-03-01' },
      });
      expect(await lastEvents(service, streams.aspirant(body.aspirantId))).toEqual([
        {
          type: 'AspirantExpertSchoolDroppedOut',
          data: {
            aspirantId: body.aspirantId,
            brin: body.brin,
            sector: 'PO',
            schoolYear: '2024-2025',
            reasonCode: 'approach-not-transferable',
            droppedOutOn: '2025-03-01',
          },
        },
      ]);
      await coordinator.post(`${path}/certification`).send({}).expect(409);
      await coordinator.post(`${path}/drop-out`).send({ reasonCode: 'other' }).expect(409);
    });

    it('answers 400 for an unknown drop-out reason and 422 for a certification before the selection', async () => {
      const path = await selected();
      await coordinator.post(`${path}/drop-out`).send({ reasonCode: 'bored' }).expect(400);
      await coordinator.put(`${path}/team`).send(FULL_TEAM).expect(200);
      const { body } = await coordinator
        .post(`${path}/certification`)
        .send({ certifiedOn: '2024-09-01' })
        .expect(422);
      expect(body).toMatchObject({ code: 'DAY.OUT_OF_ORDER' });
    });

    it('publishes the training year on the expert-schools topic', async () => {
      await certifiedExpertSchool(service, coordinator);
      const [first] = await readTopic(service.topic(TOPICS.expertSchools), 1);
      const envelope = JSON.parse(first?.value ?? '{}') as { type?: string };
      expect(Object.keys(EXPERT_SCHOOLS_EVENTS)).toContain(envelope.type);
      expect(first?.headers['x-event-type']).toBe(envelope.type);
    });
  });

  describe('cohort and expert schools', () => {
    it('shows the spread of a cohort over sector, school type, region, approach and equal access', async () => {
      const schoolYear = '2030-2031';
      const first = await fromHelpDesk(service, coordinator, 'aspirant-expert-school', {
        schoolYear,
        region: 'Zeeland',
        sector: 'VO',
      });
      await fromHelpDesk(service, coordinator, 'aspirant-expert-school', { schoolYear, region: 'Limburg' });
      clock.shiftDays(daysBetween(dayOf(new Date()), '2030-09-02'));
      try {
        await coordinator
          .put(`/aspirants/${first.participationId}/assessment`)
          .send(assessmentBody('meets', '2030-09-01'))
          .expect(200);
        await coordinator
          .post(`/aspirants/${first.participationId}/selection`)
          .send(selectionBody({ selectedOn: '2030-09-02', schoolType: 'havo-vwo' }))
          .expect(201);
      } finally {
        clock.shiftDays(0);
      }
      const { body } = await desk.get(`/cohorts/${schoolYear}`).expect(200);
      expect(body.spread).toEqual({
        aspirants: 2,
        byStatus: { enrolled: 1, selected: 1 },
        bySector: { PO: 1, VO: 1 },
        bySchoolType: { 'havo-vwo': 1, unknown: 1 },
        byRegion: { Zeeland: 1, Limburg: 1 },
        byPillar: { P3: 1, P5: 1, unknown: 1 },
        byApproachOrigin: { 'proven-approach': 1, unknown: 1 },
        byBoard: { '41234': 2 },
        highestSchoolWeight: 31.4,
        byEqualAccess: {
          weakPerforming: 0,
          specialTargetGroups: 0,
          specialisedEducation: 0,
          smallRegional: 0,
        },
      });
      expect(body.aspirants).toHaveLength(2);
      await desk.get('/cohorts/2030-2032').expect(400);
    });

    it('lists certified expert schools, never an aspirant that is only enrolled', async () => {
      const { brin } = await certifiedExpertSchool(service, coordinator, {
        region: 'Friesland',
        sector: 'VO',
      });
      const { participationId } = await fromHelpDesk(service, coordinator, 'aspirant-expert-school', {
        region: 'Friesland',
        sector: 'VO',
      });
      const { body } = await desk.get('/expert-schools?region=Friesland&sector=VO').expect(200);
      expect((body as { brin: string }[]).map((school) => school.brin)).toContain(brin);
      expect(JSON.stringify(body)).not.toContain(participationId);
      await desk.get('/expert-schools?region=Atlantis').expect(400);
    });

    it('answers 403 to the monitoring role and 400 for an id that is not a uuid', async () => {
      const monitoring = await service.as('monitoring');
      await monitoring.get('/aspirants').expect(403);
      await desk.get('/aspirants/not-a-uuid').expect(400);
    });
  });
});
