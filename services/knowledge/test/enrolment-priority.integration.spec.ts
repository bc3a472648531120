// A cross-service flow: the enrolment and knowledge apps run in this one process on the same test topics, with
// real Kafka, FerretDB and Redis. Booting enrolment's app means reaching into its test harness; that is the
// point of the test, so the project boundary is crossed here and nowhere else.
import { eventually } from '@okr/messaging/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a cross-service test boots the other service in-process
import { type EnrolmentApp, startEnrolment } from '../../enrolment/test/enrolment-app';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a cross-service test boots the other service in-process
import { readyToApply } from '../../enrolment/test/enrolment-scenario';
import { type KnowledgeApp, startKnowledge } from './knowledge-app';

describe('a school enrolled through the enrolment API', () => {
  let enrolment: EnrolmentApp;
  let knowledge: KnowledgeApp;

  beforeAll(async () => {
    enrolment = await startEnrolment();
    // The knowledge service reads the topics the enrolment app publishes to.
    knowledge = await startKnowledge({ KAFKA_TOPIC_PREFIX: enrolment.topic('') });
  });

  afterAll(async () => {
    await knowledge.close();
    await enrolment.close();
  });

  it('gets priority for its next Kennisrotonde question, ahead of an older question of a school that is not enrolled', async () => {
    const school = await readyToApply(enrolment);
    const other = await readyToApply(enrolment, { roundId: school.roundId });
    const desk = await enrolment.as('helpdesk');
    const officer = await enrolment.as('subsidy-officer');
    const broker = await knowledge.as('pillar-team:knowledge');
    const ask = async (brin: string, receivedAt: string): Promise<{ caseId: string; priority: boolean }> => {
      const response = await broker
        .post('/kennisrotonde/questions')
        .send({
          asker: { name: 'Sanne de Boer', email: 'sanne@school.example', role: 'school-leader' },
          brin,
          question: 'Hoe organiseren we tutoring binnen de lestijd?',
          receivedAt,
        })
        .expect(201);
      return response.body as { caseId: string; priority: boolean };
    };

    const before = await ask(school.brin, new Date(Date.now() - 60_000).toISOString());
    const application = await desk.post('/subsidy-applications').send(school.body).expect(201);
    await officer
      .post(`/subsidy-applications/${application.body.applicationId as string}/grant`)
      .send({})
      .expect(200);

    await eventually(
      async () => {
        const known = await broker.get(`/kennisrotonde/participating-schools/${school.brin}`).expect(200);
        return known.body.participating === true ? true : undefined;
      },
      { timeoutMs: 30_000, what: 'the knowledge service learned of the enrolment' },
    );
    const olderFromOther = await ask(other.brin, new Date(Date.now() - 30_000).toISOString());
    const next = await ask(school.brin, new Date().toISOString());

    expect(before.priority).toBe(false);
    expect(olderFromOther.priority).toBe(false);
    expect(next.priority).toBe(true);
    const queue = await broker.get('/kennisrotonde/queue?pageSize=100').expect(200);
    const order = (queue.body.items as Array<{ caseId: string }>).map((item) => item.caseId);
    expect(order.indexOf(next.caseId)).toBeLessThan(order.indexOf(olderFromOther.caseId));
    expect(order.indexOf(next.caseId)).toBeLessThan(order.indexOf(before.caseId));
  });
});
