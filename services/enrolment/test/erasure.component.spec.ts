import { IdempotencyRecords, RedisConnection } from '@okr/service-kit';
import { captureLogs } from '@okr/service-kit/testing';
import { CommitStore } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import { type EnrolmentApp, freshBrin, schoolBody, startEnrolment } from './enrolment-app';

describe('erasing a contact person leaves nothing of them behind', () => {
  const logs = captureLogs();
  let service: EnrolmentApp;

  beforeAll(async () => {
    service = await startEnrolment({ LOG_LEVEL: 'debug' }, { logDestination: logs.stream });
  });

  afterAll(async () => {
    await service.close();
  });

  /** Every value the service keeps in Redis under its Idempotency-Key prefix. */
  async function keptAnswers(): Promise<string> {
    const { client } = service.app.get(RedisConnection);
    const keys = await client.keys(`${service.app.get(IdempotencyRecords).prefix}:*`);
    return keys.length === 0 ? '' : JSON.stringify(await client.mget(...keys));
  }

  it('answers a retry of a request whose answer held the contact with 410, and keeps them in no database, cache or log', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);
    const tag = randomUUID().slice(0, 8);
    const contact = { name: `Karin Erasure-${tag}`, email: `karin.${tag}@school.example` };
    const receiveKey = `receive-${tag}`;
    const body = { brin, contact, channel: 'email', question: 'Mogen wij meedoen?' };
    const received = await desk.post('/inquiries').set('idempotency-key', receiveKey).send(body).expect(201);
    const id = received.body.inquiryId as string;
    await desk
      .post(`/inquiries/${id}/conversations`)
      .set('idempotency-key', `talk-${tag}`)
      .send({ notes: 'Verkennend gesprek.' })
      .expect(201);
    expect(await keptAnswers()).toContain(contact.name);

    await desk.post(`/inquiries/${id}/erase-contact`).expect(200);

    const retried = await desk.post('/inquiries').set('idempotency-key', receiveKey).send(body);
    expect(retried.status).toBe(410);
    expect(retried.body).toMatchObject({ code: 'IDEMPOTENCY.ANSWER_ERASED' });
    expect(JSON.stringify(retried.body)).not.toContain(contact.name);
    const answers = await keptAnswers();
    const history = JSON.stringify(await service.app.get(CommitStore).history(`inquiry:${id}`));
    const logged = JSON.stringify(logs.lines());
    for (const kept of [answers, history, logged]) {
      expect(kept).not.toContain(contact.name);
      expect(kept).not.toContain(contact.email);
    }
    // The inquiry itself and what was done with it stay.
    expect(history).toContain('hold-exploratory-conversation');
  });
  it('replaces free text that names the person in every version, when staff name the texts to remove', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);
    const tag = randomUUID().slice(0, 8);
    const name = `Joris Vrijtekst-${tag}`;
    const received = await desk
      .post('/inquiries')
      .send({
        brin,
        contact: { name },
        channel: 'phone',
        question: `${name} vraagt of de school mag meedoen.`,
      })
      .expect(201);
    const id = received.body.inquiryId as string;
    await desk
      .post(`/inquiries/${id}/conversations`)
      .send({ notes: `Gesproken met ${name}; hij belt terug.` })
      .expect(201);

    const erased = await desk
      .post(`/inquiries/${id}/erase-contact`)
      .send({ alsoRemove: [name] })
      .expect(200);

    expect(erased.body).toMatchObject({ question: '[verwijderd] vraagt of de school mag meedoen.' });
    const history = await service.app.get(CommitStore).history(`inquiry:${id}`);
    expect(JSON.stringify(history)).not.toContain(name);
    expect(history[1]?.state).toMatchObject({
      conversations: [{ notes: 'Gesproken met [verwijderd]; hij belt terug.' }],
    });
  });

  it('refuses a text to remove of fewer than two characters, erasing nothing', async () => {
    const desk = await service.as('helpdesk');
    const brin = freshBrin();
    await desk.post('/schools').send(schoolBody(brin)).expect(201);
    const received = await desk
      .post('/inquiries')
      .send({ brin, contact: { name: 'Ria Kort' }, channel: 'phone' })
      .expect(201);
    const id = received.body.inquiryId as string;

    const refused = await desk.post(`/inquiries/${id}/erase-contact`).send({ alsoRemove: ['R'] });

    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('alsoRemove');
    expect((await desk.get(`/inquiries/${id}`).expect(200)).body).toMatchObject({
      contact: { name: 'Ria Kort' },
    });
  });
});
