import { DEAD_LETTER_HEADERS, EventRegistry } from '@okr/contracts';
import {
  backoffAfter,
  type ConsumedEvent,
  type EventHandlerRegistration,
  type RetryPolicy,
  worstCaseBlockingMs,
} from '../src';
import {
  ConsumerTestKafka,
  probeContract,
  type ProbeData,
  probeEnvelope,
  sleep,
} from './fixtures/consumer-harness';
import { eventually, testGroup, testTopic } from '../src/testing';

const retry: RetryPolicy = { maxAttempts: 5, initialBackoffMs: 100, maxBackoffMs: 400 };
/** What the consumer may add to the backoffs before the next message runs: a dead-letter send and a heartbeat. */
const OVERHEAD_MARGIN_MS = 500;
/** The shortest the backoffs can add up to: every wait at the low end of its jitter. */
const leastBlockingMs = Array.from({ length: retry.maxAttempts - 1 }, (_, index) =>
  backoffAfter(index + 1, retry, () => 0),
).reduce((sum, wait) => sum + wait, 0);

describe('an EventConsumer whose handler fails', () => {
  let kafka: ConsumerTestKafka;

  beforeAll(async () => {
    kafka = await ConsumerTestKafka.connect('consumer-retries');
  }, 30_000);

  afterAll(async () => {
    await kafka.close();
  }, 30_000);

  it('retries a handler that fails three times until it succeeds, dead-letters one that always fails after the limit, and holds up only its own partition and only for the backoffs', async () => {
    const topic = testTopic('consumer-retries');
    await kafka.createTopicWithDeadLetters(topic);
    const contract = probeContract(topic);
    const consumerGroup = testGroup('retries');
    const attempts = new Map<string, number[]>();
    const attemptedAt = new Map<string, number[]>();
    const handledAt = new Map<string, number>();
    let poisonFailedOnce: () => void = () => undefined;
    const poisonHasFailed = new Promise<void>((resolve) => (poisonFailedOnce = resolve));
    const prober: EventHandlerRegistration<ProbeData> = {
      contract,
      name: 'RetryProbe.onProbeHappened',
      async handle(event: ConsumedEvent<ProbeData>) {
        const id = `${event.data.subject}#${event.data.seq}`;
        attempts.set(id, [...(attempts.get(id) ?? []), event.attempt]);
        attemptedAt.set(id, [...(attemptedAt.get(id) ?? []), Date.now()]);
        if (id === 'poisoned#1') {
          poisonFailedOnce();
          throw new Error(`${id} always fails`);
        }
        if (id === 'flaky#1' && event.attempt <= 3) {
          throw new Error(`${id} fails on attempt ${event.attempt}`);
        }
        // Handled only once the poisoned message is being retried: proves this partition is not waiting on it.
        if (event.data.subject === 'bystander') await Promise.race([poisonHasFailed, sleep(5_000)]);
        handledAt.set(id, Date.now());
      },
    };
    const deadLetters = await kafka.readDeadLetters(topic);
    const envelope = (subject: string, seq: number): string =>
      JSON.stringify(probeEnvelope(contract, subject, seq));
    // Produced before the consumer starts, so that its first fetch brings every partition's messages at once:
    // kafkajs fetches again only when every batch of the last fetch is done, so a message produced to another
    // partition while the poisoned one is retried would wait for it too (one broker, one fetcher).
    const [poisoned] = await kafka.produce(topic, [
      { key: 'poisoned', partition: 0, value: envelope('poisoned', 1) },
      { key: 'poisoned', partition: 0, value: envelope('poisoned', 2) },
      { key: 'flaky', partition: 1, value: envelope('flaky', 1) },
      { key: 'flaky', partition: 1, value: envelope('flaky', 2) },
      { key: 'bystander', partition: 2, value: envelope('bystander', 1) },
      { key: 'bystander', partition: 2, value: envelope('bystander', 2) },
      { key: 'bystander', partition: 2, value: envelope('bystander', 3) },
    ]);

    await kafka
      .eventConsumer(new EventRegistry([contract]), [prober], {
        consumerGroup,
        retry,
        partitionsConsumedConcurrently: 3,
      })
      .start();

    await eventually(() => handledAt.get('poisoned#2'), {
      what: 'the message after the poisoned one was handled',
    });
    await eventually(() => handledAt.get('flaky#2'), { what: 'the message after the flaky one was handled' });
    await eventually(() => handledAt.get('bystander#3'), { what: 'the bystanders were handled' });
    const letters = await deadLetters.atLeast(1);
    expect(attempts.get('flaky#1')).toEqual([1, 2, 3, 4]);
    expect(attempts.get('flaky#2')).toEqual([1]);
    expect(attempts.get('poisoned#1')).toEqual([1, 2, 3, 4, 5]);
    expect(attempts.get('poisoned#2')).toEqual([1]);
    expect(await deadLetters.all()).toHaveLength(1);
    expect(letters[0]?.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'HANDLER_FAILED',
      [DEAD_LETTER_HEADERS.detail]: 'RetryProbe.onProbeHappened failed 5 time(s): poisoned#1 always fails',
      [DEAD_LETTER_HEADERS.attempts]: '5',
      [DEAD_LETTER_HEADERS.topic]: topic,
      [DEAD_LETTER_HEADERS.partition]: '0',
      [DEAD_LETTER_HEADERS.offset]: poisoned?.offset,
      [DEAD_LETTER_HEADERS.group]: consumerGroup,
    });

    const poisonTimes = attemptedAt.get('poisoned#1') ?? [];
    const firstFailedAt = poisonTimes[0] ?? Number.NaN;
    const lastFailedAt = poisonTimes[poisonTimes.length - 1] ?? Number.NaN;
    const worstCaseMs = worstCaseBlockingMs(retry);
    // The backoffs were waited, and no longer than the policy allows (a timer may fire a millisecond early).
    expect(lastFailedAt - firstFailedAt).toBeGreaterThanOrEqual(leastBlockingMs - 5);
    expect(lastFailedAt - firstFailedAt).toBeLessThanOrEqual(worstCaseMs + OVERHEAD_MARGIN_MS);
    expect(handledAt.get('poisoned#2')).toBeLessThanOrEqual(firstFailedAt + worstCaseMs + OVERHEAD_MARGIN_MS);
    const bystanders = ['bystander#1', 'bystander#2', 'bystander#3'];
    const handledWhileRetried = (id: string): boolean => {
      const at = handledAt.get(id) ?? Number.NaN;
      return at >= firstFailedAt && at < lastFailedAt;
    };
    expect(bystanders.filter(handledWhileRetried)).toEqual(bystanders);
  }, 60_000);
});
