import { SchoolEnrolledV1, SchoolEnrolledV2, SchoolWithdrewV1 } from '@okr/contracts';
import { exampleOf } from '@okr/contracts/testing';
import { AggregateStore, CommitStore } from '@okr/messaging';
import { eventually } from '@okr/messaging/testing';
import { randomUUID } from 'node:crypto';
import type { RosterState } from '../src/domain/roster.entity';
import { labIdOf, streams } from '../src/infrastructure/labs.aggregates';
import { anonymous, type Caller, freshBrin, freshLabCode, type LabsApp, startLabs } from './labs-app';

interface RosterPage {
  items: Array<Record<string, unknown>>;
  total: number;
}

describe("a lab's roster", () => {
  let service: LabsApp;
  let team: Caller;
  let store: AggregateStore;
  let commits: CommitStore;
  // The enrolment activities name their labs by code: these two are the ones the help desk enrols schools in.
  const taalLab = labIdOf('taallab');
  const lerarenLab = labIdOf('lerarenlab');

  beforeAll(async () => {
    service = await startLabs();
    team = await service.as('pillar-team:labs');
    store = service.app.get(AggregateStore);
    commits = service.app.get(CommitStore);
    await team
      .post('/labs')
      .send({ code: 'taallab', name: 'TaalLab', theme: 'taal', startedOn: '2023-09-01' })
      .expect(201);
  });

  afterAll(async () => {
    await service.close();
  });

  async function roster(labId: string): Promise<RosterState | undefined> {
    return (await store.load<RosterState>(streams.roster(labId)))?.state;
  }

  /** Waits until the assertion holds (the consumer works asynchronously). */
  async function until(assertion: () => Promise<void>): Promise<void> {
    await eventually(async () => {
      await assertion();
      return true;
    });
  }

  async function commitsOf(labId: string): Promise<number> {
    return (await commits.history(streams.roster(labId))).length;
  }

  describe('following the help desk', () => {
    it('puts a school enrolled as TaalLab co-creating school on the roster, once however often the event arrives', async () => {
      const brin = freshBrin();
      const data = exampleOf(SchoolEnrolledV2, {
        brin,
        activity: 'taallab-co-creating',
        sector: 'VO',
        schoolYear: '2024-2025',
        enrolledOn: '2024-08-20',
      });
      const eventId = randomUUID();

      await service.publishEnrolmentEvent(SchoolEnrolledV2, data, { eventId });
      await service.publishEnrolmentEvent(SchoolEnrolledV2, data, { eventId });

      await until(async () =>
        expect((await roster(taalLab))?.memberships).toContainEqual({
          brin,
          schoolYear: '2024-2025',
          role: 'co-creating',
          sector: 'VO',
          source: 'enrolment',
          joinedOn: '2024-08-20',
          participationId: data.participationId,
        }),
      );
      const before = await commitsOf(taalLab);
      // Another event about the same enrolment (a redelivery under a new id) is no change either.
      await service.publishEnrolmentEvent(SchoolEnrolledV2, data);
      const marker = freshBrin();
      await service.publishEnrolmentEvent(
        SchoolEnrolledV2,
        exampleOf(SchoolEnrolledV2, {
          brin: marker,
          activity: 'taallab-participating',
          schoolYear: '2024-2025',
        }),
      );
      await until(async () =>
        expect((await roster(taalLab))?.memberships.map((membership) => membership.brin)).toContain(marker),
      );
      expect(
        (await roster(taalLab))?.memberships.filter((membership) => membership.brin === brin),
      ).toHaveLength(1);
      expect(await commitsOf(taalLab)).toBe(before + 1);
      const response = await team.get(
        `/labs/${taalLab}/schools?schoolYear=2024-2025&current=true&pageSize=100`,
      );
      expect((response.body as RosterPage).items).toContainEqual(
        expect.objectContaining({ brin, role: 'co-creating', source: 'enrolment', current: true }),
      );
    });

    it('follows SchoolEnrolled v1 once however often it arrives, dated by the Dutch day it was recorded, and ignores other activities', async () => {
      const brin = freshBrin();
      const other = freshBrin();

      await service.publishEnrolmentEvent(
        SchoolEnrolledV1,
        exampleOf(SchoolEnrolledV1, { brin: other, activity: 'groeikracht', schoolYear: '2024-2025' }),
      );
      const enrolled = exampleOf(SchoolEnrolledV1, {
        brin,
        activity: 'lerarenlab-participating',
        schoolYear: '2024-2025',
      });
      // 22:30 UTC on 1 September is 00:30 on 2 September in Amsterdam: the day of the enrolment.
      const envelope = { eventId: randomUUID(), occurredAt: '2024-09-01T22:30:00Z' };
      await service.publishEnrolmentEvent(SchoolEnrolledV1, enrolled, envelope);
      await service.publishEnrolmentEvent(SchoolEnrolledV1, enrolled, envelope);

      await until(async () =>
        expect((await roster(lerarenLab))?.memberships).toContainEqual(
          expect.objectContaining({
            brin,
            role: 'participating',
            source: 'enrolment',
            joinedOn: '2024-09-02',
          }),
        ),
      );
      const marker = freshBrin();
      await service.publishEnrolmentEvent(
        SchoolEnrolledV1,
        exampleOf(SchoolEnrolledV1, {
          brin: marker,
          activity: 'lerarenlab-co-creating',
          schoolYear: '2024-2025',
        }),
      );
      await until(async () =>
        expect((await roster(lerarenLab))?.memberships.map((membership) => membership.brin)).toContain(
          marker,
        ),
      );
      expect(
        (await roster(lerarenLab))?.memberships.filter((membership) => membership.brin === brin),
      ).toHaveLength(1);
      expect(
        [
          ...((await roster(taalLab))?.memberships ?? []),
          ...((await roster(lerarenLab))?.memberships ?? []),
        ].map((membership) => membership.brin),
      ).not.toContain(other);
      // The roster of a lab the lab team has not recorded yet fills all the same; reading it needs the lab.
      const notYet = await team.get(`/labs/${lerarenLab}/schools`);
      expect(notYet.status).toBe(404);
    });

    it('takes a school off when the help desk records its withdrawal, once however often it arrives', async () => {
      const brin = freshBrin();
      const enrolled = exampleOf(SchoolEnrolledV2, {
        brin,
        activity: 'taallab-participating',
        schoolYear: '2024-2025',
        enrolledOn: '2024-08-20',
        participationId: randomUUID(),
      });
      await service.publishEnrolmentEvent(SchoolEnrolledV2, enrolled);
      await until(async () =>
        expect((await roster(taalLab))?.memberships.map((membership) => membership.brin)).toContain(brin),
      );
      const withdrew = exampleOf(SchoolWithdrewV1, {
        brin,
        activity: 'taallab-participating',
        schoolYear: '2024-2025',
        participationId: enrolled.participationId,
        withdrawnOn: '2025-01-20',
      });
      const eventId = randomUUID();

      await service.publishEnrolmentEvent(SchoolWithdrewV1, withdrew, { eventId });
      await service.publishEnrolmentEvent(SchoolWithdrewV1, withdrew, { eventId });
      await service.publishEnrolmentEvent(SchoolWithdrewV1, withdrew);

      await until(async () =>
        expect(
          (await roster(taalLab))?.memberships.find((membership) => membership.brin === brin),
        ).toMatchObject({
          leftOn: '2025-01-20',
          leftThrough: 'enrolment',
        }),
      );
      const history = await commits.history(streams.roster(taalLab));
      const leaving = history
        .flatMap((commit) => commit.events)
        .filter(
          ({ envelope }) =>
            envelope.type === 'LabSchoolLeft' && (envelope.data as { brin: string }).brin === brin,
        );
      expect(leaving).toHaveLength(1);
    });
  });

  describe('recorded by the lab team', () => {
    it('puts a school on the roster for the school year of its day, publishing LabSchoolJoined', async () => {
      const brin = freshBrin();

      const response = await team
        .post(`/labs/${taalLab}/schools`)
        .send({ brin, role: 'participating', sector: 'PO', joinedOn: '2025-02-03' });

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        brin,
        schoolYear: '2024-2025',
        role: 'participating',
        sector: 'PO',
        source: 'lab-team',
        joinedOn: '2025-02-03',
        current: true,
      });
      expect(await service.lastEvents(streams.roster(taalLab))).toEqual([
        {
          type: 'LabSchoolJoined',
          data: {
            labId: taalLab,
            brin,
            role: 'participating',
            sector: 'PO',
            schoolYear: '2024-2025',
            source: 'lab-team',
            joinedOn: '2025-02-03',
          },
        },
      ]);
    });

    it('takes a school off, publishing LabSchoolLeft, and lists it as left', async () => {
      const brin = freshBrin();
      await team
        .post(`/labs/${taalLab}/schools`)
        .send({ brin, role: 'co-creating', sector: 'VO' })
        .expect(201);

      const response = await team
        .post(`/labs/${taalLab}/schools/${brin}/departure`)
        .send({ leftOn: '2025-03-10' });

      expect(response.status).toBe(201);
      expect(response.body).toEqual([
        expect.objectContaining({ brin, leftOn: '2025-03-10', current: false }),
      ]);
      expect((await service.lastEvents(streams.roster(taalLab)))[0]).toMatchObject({
        type: 'LabSchoolLeft',
        data: { brin, source: 'lab-team', leftOn: '2025-03-10' },
      });
      const left = await team.get(`/labs/${taalLab}/schools?current=false&pageSize=100`);
      expect((left.body as RosterPage).items.map((item) => item['brin'])).toContain(brin);
    });

    it('answers 409 for a school on the roster for that year already, 404 for one not on it or an unknown lab', async () => {
      const brin = freshBrin();
      await team
        .post(`/labs/${taalLab}/schools`)
        .send({ brin, role: 'co-creating', sector: 'PO' })
        .expect(201);

      const twice = await team
        .post(`/labs/${taalLab}/schools`)
        .send({ brin, role: 'participating', sector: 'PO' });
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ code: 'ROSTER.SCHOOL_ALREADY_ON_ROSTER' });
      const notOn = await team.post(`/labs/${taalLab}/schools/${freshBrin()}/departure`).send({});
      expect(notOn.status).toBe(404);
      expect(notOn.body).toMatchObject({ code: 'ROSTER.SCHOOL_NOT_ON_ROSTER' });
      const unknownLab = await team
        .post(`/labs/${randomUUID()}/schools`)
        .send({ brin, role: 'co-creating', sector: 'PO' });
      expect(unknownLab.status).toBe(404);
      expect(unknownLab.body).toMatchObject({ code: 'LAB.NOT_FOUND' });
      const early = await team
        .post(`/labs/${taalLab}/schools/${brin}/departure`)
        .send({ leftOn: '2020-01-01' });
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({ code: 'ROSTER.DATE_OUT_OF_ORDER' });
    });

    it('answers 400 for bad fields, 401 without a token and 403 for roles that may not write or read', async () => {
      const bad = await team
        .post(`/labs/${taalLab}/schools`)
        .send({ brin: '12ab', role: 'observer', sector: 'SO', schoolYear: '2024-2026' });
      expect(bad.status).toBe(400);
      const fields = (bad.body as { errors: Array<{ field: string }> }).errors.map((error) => error.field);
      expect(fields).toEqual(expect.arrayContaining(['brin', 'role', 'sector', 'schoolYear']));
      await team.post(`/labs/${taalLab}/schools/1234/departure`).send({}).expect(400);
      await team.get(`/labs/${taalLab}/schools?current=maybe`).expect(400);
      await anonymous(service.app).get(`/labs/${taalLab}/schools`).expect(401);
      const desk = await service.as('helpdesk');
      await desk.get(`/labs/${taalLab}/schools`).expect(200);
      await desk
        .post(`/labs/${taalLab}/schools`)
        .send({ brin: freshBrin(), role: 'co-creating', sector: 'PO' })
        .expect(403);
      await desk.post(`/labs/${taalLab}/schools/${freshBrin()}/departure`).send({}).expect(403);
      const monitoring = await service.as('monitoring');
      await monitoring.get(`/labs/${taalLab}/schools`).expect(403);
    });

    it('keeps each lab its own roster', async () => {
      const code = freshLabCode();
      const other = await team
        .post('/labs')
        .send({ code, name: 'Rekenlab', theme: 'rekenen', startedOn: '2024-09-01' });
      const brin = freshBrin();
      await team
        .post(`/labs/${labIdOf(code)}/schools`)
        .send({ brin, role: 'co-creating', sector: 'PO' })
        .expect(201);

      const taal = await team.get(`/labs/${taalLab}/schools?pageSize=100`);

      expect(other.status).toBe(201);
      expect((taal.body as RosterPage).items.map((item) => item['brin'])).not.toContain(brin);
    });
  });
});
