import { join } from 'node:path';
import type { EventEnvelope } from '@okr/contracts';
import { testEnv, uniqueName } from '@okr/service-kit/testing';
import type Redis from 'ioredis';
import {
  type OutboxProbeData,
  type OutboxProbeInfrastructure,
  openOutboxProbeInfrastructure,
  outboxProbeContract,
} from './fixtures/outbox-probe';
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import type { Connection } from 'mongoose';
import { CommitStore, messagingRedisKeys, OutboxSignal, pendingEvent } from '../src';
import { eventually, startProcess, type StartedProcess, testGroup, testRedisPrefix } from '../src/testing';

const relayMain = join(__dirname, 'fixtures', 'relay.main.ts');

const EVENTS = 10_000;
const SUBJECTS = 100;
const EVENTS_PER_SUBJECT = EVENTS / SUBJECTS;
// One event per commit, the way a command writes; FerretDB takes the 10,000 inserts in about two minutes
// while the relay works beside them, which keeps the whole test within its budget.
const EVENTS_PER_COMMIT = 1;
// Writers work on different subjects at once; each subject has exactly one writer, as one aggregate would.
const WRITERS = 20;

const OutboxProbedV1 = outboxProbeContract('A probe event written by the outbox crash test');

/** Starts a relay process and waits until it says it started. */
async function startRelay(env: NodeJS.ProcessEnv): Promise<StartedProcess> {
  const relay = startProcess(relayMain, env);
  await relay.waitForOutput('relay started', 30_000);
  return relay;
}

/** mulberry32: a small seeded generator, so that a failing run's kill moments can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds; throws naming `what` once the clock passes `deadline` (epoch ms). */
function until(condition: () => boolean | Promise<boolean>, what: string, deadline: number): Promise<true> {
  return eventually(async () => (await condition()) || undefined, {
    timeoutMs: Math.max(0, deadline - Date.now()),
    intervalMs: 10,
    what,
  });
}

/** What the reader saw of one message, in the order it saw them. */
interface Received {
  subject: string;
  eventId: string;
  subjectSeq: number;
}

describe('the outbox relay, killed with SIGKILL while events are written', () => {
  const seed = Number(process.env['OUTBOX_CRASH_SEED'] || Math.floor(Math.random() * 2 ** 31));
  const random = seededRandom(seed);
  // The run's own database, lease and signal channel, so parallel runs on the shared infrastructure never meet.
  const env = testEnv({
    LOG_LEVEL: 'warn',
    RELAY_LEASE_KEY: messagingRedisKeys(testRedisPrefix('outbox-crash')).relayLease,
    OUTBOX_CHANNEL: testRedisPrefix('outbox-crash'),
  });
  const kafka = new Kafka({
    clientId: 'outbox-crash-test',
    brokers: (env['KAFKA_BROKERS'] as string).split(','),
    logLevel: logLevel.NOTHING,
  });
  const relays: StartedProcess[] = [];
  let probe: OutboxProbeInfrastructure | undefined;
  let consumer: Consumer;
  let connection: Connection;
  let redis: Redis;
  let store: CommitStore;

  beforeAll(async () => {
    probe = await openOutboxProbeInfrastructure(kafka, env, OutboxProbedV1.topic, 3);
    ({ connection, redis } = probe);
    // The writer's signal reaches the relay process through Redis on the run's channel.
    store = new CommitStore(
      connection,
      'outbox-probe',
      new OutboxSignal(redis, env['OUTBOX_CHANNEL'] as string),
    );
    await store.ensureIndexes();
    consumer = kafka.consumer({ groupId: testGroup('outbox-crash-reader') });
    await consumer.connect();
    await consumer.subscribe({ topic: OutboxProbedV1.topic, fromBeginning: true });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(relays.map((relay) => relay.kill()));
    await consumer?.disconnect();
    await probe?.close();
  }, 60_000);

  it(`delivers all ${EVENTS} events (${EVENTS_PER_COMMIT} per commit), in order per subject, when the relay is killed twice at random moments`, async () => {
    // Arrange: a reader that keeps every message, duplicates included, and the first relay process.
    const received: Received[] = [];
    const distinct = new Set<string>();
    await consumer.run({
      eachMessage: ({ message }) => {
        const envelope = JSON.parse((message.value as Buffer).toString()) as EventEnvelope<OutboxProbeData>;
        received.push({
          subject: envelope.subject,
          eventId: envelope.eventId,
          subjectSeq: envelope.data.subjectSeq,
        });
        distinct.add(envelope.eventId);
        return Promise.resolve();
      },
    });
    const plan = {
      firstKillAfterWritten: Math.floor(EVENTS * (0.1 + 0.5 * random())),
      firstDownMs: Math.floor(500 + 2_500 * random()),
      secondKillAfterReceived: Math.floor(EVENTS * (0.6 + 0.3 * random())),
      secondDownMs: Math.floor(2_000 * random()),
    };
    // The seed replays the same kill moments: OUTBOX_CRASH_SEED=<seed> npx jest <this file>.
    console.info(`outbox crash test: seed ${seed}, plan ${JSON.stringify(plan)}`);
    const subjects = Array.from({ length: SUBJECTS }, (_, index) => `${uniqueName('probe')}-${index}`);
    const written: string[] = [];
    const startedAt = Date.now();
    relays.push(await startRelay(env));

    // Act: write every event through the outbox while the relay is killed and replaced twice.
    const write = async (): Promise<void> => {
      await Promise.all(
        Array.from({ length: WRITERS }, async (_, writer) => {
          const own = subjects.filter((_subject, index) => index % WRITERS === writer);
          for (let version = 0; version < EVENTS_PER_SUBJECT / EVENTS_PER_COMMIT; version += 1) {
            for (const subject of own) {
              const firstSeq = version * EVENTS_PER_COMMIT + 1;
              const seqs = Array.from({ length: EVENTS_PER_COMMIT }, (_, offset) => firstSeq + offset);
              const commit = await store.append({
                stream: subject,
                aggregateType: 'OutboxProbe',
                expectedVersion: version,
                state: { lastSeq: seqs[seqs.length - 1] },
                events: seqs.map((subjectSeq) => pendingEvent(OutboxProbedV1, subject, { subjectSeq })),
              });
              written.push(...commit.events.map(({ envelope }) => envelope.eventId));
            }
          }
        }),
      );
    };
    const outages: { killedAt: string; writtenWhileDown: number }[] = [];
    const killAndReplace = async (downMs: number): Promise<void> => {
      await (relays[relays.length - 1] as StartedProcess).kill();
      const killedAt = `${written.length} written, ${distinct.size} received`;
      const writtenAtKill = written.length;
      await sleep(downMs);
      relays.push(await startRelay(env));
      outages.push({ killedAt, writtenWhileDown: written.length - writtenAtKill });
    };
    // One budget for every wait, so that a stuck run fails with counts rather than with Jest's bare timeout.
    const deadline = startedAt + 270_000;
    const crash = async (): Promise<void> => {
      await until(() => written.length >= plan.firstKillAfterWritten, 'the first kill is due', deadline);
      await killAndReplace(plan.firstDownMs);
      await until(() => distinct.size >= plan.secondKillAfterReceived, 'the second kill is due', deadline);
      await killAndReplace(plan.secondDownMs);
    };
    await Promise.all([write(), crash()]);
    const writtenAfterMs = Date.now() - startedAt;
    await until(() => distinct.size >= EVENTS, 'every event was received', deadline).catch((error: Error) => {
      const outputs = relays.map((relay) => relay.output()).join('\n');
      throw new Error(`${error.message}: ${distinct.size} of ${EVENTS} received (seed ${seed})\n${outputs}`);
    });
    const receivedAfterMs = Date.now() - startedAt;
    // The last relay deletes the markers of what it sent; one left would be sent again at every round.
    const pending = (): Promise<number> => store.pendingCount();
    await until(async () => (await pending()) === 0, 'the outbox was drained', deadline).catch(
      () => undefined,
    );

    // Assert: every written event arrived, and no subject's event overtook an earlier one of that subject.
    const firstSeen = new Map<string, number[]>();
    const seenIds = new Set<string>();
    for (const message of received) {
      if (seenIds.has(message.eventId)) continue;
      seenIds.add(message.eventId);
      firstSeen.set(message.subject, [...(firstSeen.get(message.subject) ?? []), message.subjectSeq]);
    }
    const outOfOrder = subjects.filter((subject) => {
      const seqs = firstSeen.get(subject) ?? [];
      return seqs.length !== EVENTS_PER_SUBJECT || seqs.some((subjectSeq, index) => subjectSeq !== index + 1);
    });
    console.info(
      `outbox crash test: seed ${seed}, written after ${writtenAfterMs} ms, all received after ${receivedAfterMs} ms, ` +
        `${received.length - distinct.size} duplicates, outages ${JSON.stringify(outages)}`,
    );
    expect(written).toHaveLength(EVENTS);
    expect(outages).toHaveLength(2);
    // The first outage must overlap the writes, or the test would not show that commits wait for a relay.
    expect(outages[0]?.writtenWhileDown).toBeGreaterThan(0);
    expect([...distinct].sort()).toEqual([...written].sort());
    expect(outOfOrder.map((subject) => `${subject}: ${(firstSeen.get(subject) ?? []).join(',')}`)).toEqual(
      [],
    );
    expect(await pending()).toBe(0);
  }, 300_000);
});
