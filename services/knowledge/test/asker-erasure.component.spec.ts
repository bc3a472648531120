import { CommitStore } from '@okr/messaging';
import { IdempotencyRecords, RedisConnection } from '@okr/service-kit';
import { captureLogs, FixedClock } from '@okr/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { type Caller, type KnowledgeApp, startKnowledge } from './knowledge-app';

describe('erasing a Kennisrotonde asker leaves nothing of them behind', () => {
  const logs = captureLogs();
  const clock = new FixedClock('2025-03-10T10:00:00Z');
  let service: KnowledgeApp;
  let team: Caller;

  beforeAll(async () => {
    service = await startKnowledge({ LOG_LEVEL: 'debug' }, { clock, logDestination: logs.stream });
    team = await service.as('pillar-team:knowledge', 'broker-7');
  });

  afterEach(() => clock.setTo('2025-03-10T10:00:00Z'));

  afterAll(async () => {
    await service.close();
  });

  /** Every value the service keeps in Redis under its Idempotency-Key prefix. */
  async function keptAnswers(): Promise<string> {
    const { client } = service.app.get(RedisConnection);
    const keys = await client.keys(`${service.app.get(IdempotencyRecords).prefix}:*`);
    return keys.length === 0 ? '' : JSON.stringify(await client.mget(...keys));
  }

  async function historyOf(caseId: string): Promise<string> {
    return JSON.stringify(await service.app.get(CommitStore).history(`case:${caseId}`));
  }

  /** A question by a person of the test's own, taken up to an answer that names them. */
  async function answeredQuestion(tag: string, receiveKey: string) {
    const asker = { name: `Fatima Erasure-${tag}`, email: `fatima.${tag}@school.example`, role: 'teacher' };
    const body = {
      asker,
      question: `Werkt hardop denken? Groet, ${asker.name}`,
      receivedAt: '2025-03-03T09:30:00Z',
    };
    const received = await team
      .post('/kennisrotonde/questions')
      .set('idempotency-key', receiveKey)
      .send(body)
      .expect(201);
    const caseId = received.body.caseId as string;
    await team.post(`/kennisrotonde/questions/${caseId}/acceptance`).send({}).expect(200);
    await team
      .post(`/kennisrotonde/questions/${caseId}/assignment`)
      .send({ brokerId: 'broker-7' })
      .expect(200);
    await team
      .post(`/kennisrotonde/questions/${caseId}/answer`)
      .send({ text: `Beste ${asker.name}, ja: zie de bronnen.`, sources: [] })
      .expect(200);
    return { asker, body, caseId };
  }

  it('removes name, e-mail and the texts that name them from the case, every version, kept answers and logs', async () => {
    const tag = randomUUID().slice(0, 8);
    const receiveKey = `receive-${tag}`;
    const { asker, body, caseId } = await answeredQuestion(tag, receiveKey);
    expect(await keptAnswers()).toContain(asker.email);

    const erased = await team
      .post(`/kennisrotonde/questions/${caseId}/erase-asker`)
      .send({ alsoRemove: [asker.name] })
      .expect(200);

    expect(erased.body).toMatchObject({
      caseId,
      status: 'answered',
      asker: { role: 'teacher' },
      askerErasedOn: '2025-03-10',
      question: 'Werkt hardop denken? Groet, [verwijderd]',
      answer: { text: 'Beste [verwijderd], ja: zie de bronnen.' },
    });
    expect(erased.body.asker).not.toHaveProperty('name');
    expect(erased.body.asker).not.toHaveProperty('email');
    const shown = await team.get(`/kennisrotonde/questions/${caseId}`).expect(200);
    const retried = await team.post('/kennisrotonde/questions').set('idempotency-key', receiveKey).send(body);
    expect(retried.status).toBe(410);
    expect(retried.body).toMatchObject({ code: 'IDEMPOTENCY.ANSWER_ERASED' });
    const history = await historyOf(caseId);
    for (const kept of [
      JSON.stringify(shown.body),
      JSON.stringify(retried.body),
      await keptAnswers(),
      history,
    ]) {
      expect(kept).not.toContain(asker.name);
      expect(kept).not.toContain(asker.email);
    }
    expect(JSON.stringify(logs.lines())).not.toContain(asker.email);
    // The case and what was done with it stay: it still counts as answered.
    for (const step of ['receive-question', 'answer-question', 'erase-asker'])
      expect(history).toContain(step);
  });

  it('answers a repeated erasure with the same case and changes nothing more', async () => {
    const tag = randomUUID().slice(0, 8);
    const { caseId } = await answeredQuestion(tag, `receive-${tag}`);
    const first = await team.post(`/kennisrotonde/questions/${caseId}/erase-asker`).send({}).expect(200);
    clock.setTo('2025-03-12T10:00:00Z');

    const again = await team.post(`/kennisrotonde/questions/${caseId}/erase-asker`).send({}).expect(200);

    expect(again.body.version).toBe(first.body.version);
    expect(again.body.askerErasedOn).toBe('2025-03-10');
  });

  it('lets only the knowledge team and administrators erase, and refuses bad requests with the failing field', async () => {
    const tag = randomUUID().slice(0, 8);
    const { caseId } = await answeredQuestion(tag, `receive-${tag}`);
    const helpdesk = await service.as('helpdesk');
    const admin = await service.as('admin');

    await helpdesk.post(`/kennisrotonde/questions/${caseId}/erase-asker`).send({}).expect(403);
    const tooShort = await team
      .post(`/kennisrotonde/questions/${caseId}/erase-asker`)
      .send({ alsoRemove: ['F'] })
      .expect(400);
    expect(JSON.stringify(tooShort.body)).toContain('alsoRemove');
    const unknown = await team
      .post(`/kennisrotonde/questions/${randomUUID()}/erase-asker`)
      .send({})
      .expect(404);
    expect(unknown.body).toMatchObject({ code: 'CASE.NOT_FOUND' });
    await admin.post(`/kennisrotonde/questions/${caseId}/erase-asker`).send({}).expect(200);
  });
});
