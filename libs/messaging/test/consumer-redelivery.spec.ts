import { EventRegistry } from '@okr/contracts';
import mongoose, { type Connection } from 'mongoose';
import { AlreadyAppliedError, CommitStore, type ConsumedEvent, type EventHandlerRegistration } from '../src';
import {
  ConsumerTestKafka,
  MONGODB_URI,
  probeContract,
  type ProbeData,
  probeEnvelope,
  sleep,
} from './fixtures/consumer-harness';
import { eventually, testDatabase, testGroup, testTopic } from '../src/testing';

interface Tally {
  count: number;
  seqs: number[];
}

describe('an EventConsumer given every event twice', () => {
  const topic = testTopic('consumer-redelivery');
  const contract = probeContract(topic);
  const registry = new EventRegistry([contract]);
  let kafka: ConsumerTestKafka;
  let connection: Connection;
  let store: CommitStore;

  beforeAll(async () => {
    kafka = await ConsumerTestKafka.connect('consumer-redelivery');
    await kafka.createTopicWithDeadLetters(topic);
    connection = await mongoose
      .createConnection(MONGODB_URI, { dbName: testDatabase('messaging') })
      .asPromise();
    store = new CommitStore(connection, 'consumer-test');
    await store.ensureIndexes();
  }, 30_000);

  afterAll(async () => {
    await kafka.close();
    await connection.dropDatabase();
    await connection.close();
  }, 30_000);

  it('makes the effect of each event happen once when the group re-reads the topic from the start', async () => {
    const subjects = ['01AA', '02BB', '03CC', '04DD', '05EE'];
    const perSubject = 6;
    const total = subjects.length * perSubject;
    const envelopes = subjects.flatMap((subject) =>
      Array.from({ length: perSubject }, (_, index) => probeEnvelope(contract, subject, index + 1)),
    );
    await kafka.produce(
      topic,
      envelopes.map((envelope) => ({ key: envelope.subject, value: JSON.stringify(envelope) })),
    );
    const attempts: number[] = [];
    let alreadyApplied = 0;
    const tally: EventHandlerRegistration<ProbeData> = {
      contract,
      name: 'ProbeTally.onProbeHappened',
      async handle(event: ConsumedEvent<ProbeData>) {
        attempts.push(event.attempt);
        const stream = `tally-${event.data.subject}`;
        try {
          // Without the causation key a redelivery would count again: the decision always adds one.
          await store.transact<Tally>(
            stream,
            'Tally',
            (current) => ({
              state: { count: (current?.count ?? 0) + 1, seqs: [...(current?.seqs ?? []), event.data.seq] },
              events: [],
            }),
            { causationKey: event.idempotencyKey(stream) },
          );
        } catch (error) {
          if (error instanceof AlreadyAppliedError) alreadyApplied += 1;
          throw error;
        }
      },
    };
    const consumerGroup = testGroup('redelivery');
    const deadLetters = await kafka.readDeadLetters(topic);
    const first = kafka.eventConsumer(registry, [tally], { consumerGroup });
    await first.start();
    await eventually(() => (attempts.length >= total ? true : undefined), {
      what: `${total} events were handled`,
    });
    await kafka.stop(first);

    await kafka.admin.resetOffsets({ groupId: consumerGroup, topic, earliest: true });
    const second = kafka.eventConsumer(registry, [tally], { consumerGroup });
    await second.start();
    await eventually(() => (attempts.length >= 2 * total ? true : undefined), {
      what: `${total} events were handled a second time`,
    });
    // Room for a third delivery, which must not come.
    await sleep(500);

    const commits = await store.commits
      .find({ stream: { $in: subjects.map((s) => `tally-${s}`) } })
      .toArray();
    expect(attempts).toEqual(Array.from({ length: 2 * total }, () => 1));
    expect(alreadyApplied).toBe(total);
    expect(commits).toHaveLength(total);
    expect(commits.map((commit) => commit.causationKey).sort()).toEqual(
      envelopes.map((envelope) => `${consumerGroup}:${envelope.eventId}:tally-${envelope.subject}`).sort(),
    );
    for (const subject of subjects) {
      const latest = await store.latest<Tally>(`tally-${subject}`);
      expect(latest?.version).toBe(perSubject);
      expect(latest?.state).toEqual({ count: perSubject, seqs: [1, 2, 3, 4, 5, 6] });
    }
    expect(await deadLetters.all()).toHaveLength(0);
  }, 60_000);
});
