import { EventRegistry } from '@okr/contracts';
import { type ConsumedEvent, type EventHandlerRegistration } from '../src';
import {
  ConsumerTestKafka,
  probeContract,
  type ProbeData,
  probeEnvelope,
  sleep,
} from './fixtures/consumer-harness';
import { eventually, testGroup, testTopic } from '../src/testing';

/** The broker's group.min.session.timeout.ms: the shortest session a member may ask for. */
const SESSION_TIMEOUT_MS = 6_000;
const SLOW_HANDLER_MS = 10_000;

describe('an EventConsumer whose handler outlasts the session timeout', () => {
  let kafka: ConsumerTestKafka;

  beforeAll(async () => {
    kafka = await ConsumerTestKafka.connect('consumer-heartbeats');
  }, 30_000);

  afterAll(async () => {
    await kafka.close();
  }, 30_000);

  // kafkajs#375: without heartbeats during the work, the group would drop the member after the session timeout
  // and give its partition, with the message still uncommitted, to the member that joined meanwhile.
  it('does not redeliver a message whose handler runs longer than the session timeout while another member joins', async () => {
    const topic = testTopic('consumer-heartbeats');
    await kafka.createTopicWithDeadLetters(topic);
    const contract = probeContract(topic);
    const registry = new EventRegistry([contract]);
    const consumerGroup = testGroup('heartbeats');
    const deliveries: { id: string; member: string }[] = [];
    let slowStarted: () => void = () => undefined;
    const slowHasStarted = new Promise<void>((resolve) => (slowStarted = resolve));
    const member = (name: string): EventHandlerRegistration<ProbeData> => ({
      contract,
      name: `SlowProbe.onProbeHappened(${name})`,
      async handle(event: ConsumedEvent<ProbeData>) {
        const id = `${event.data.subject}#${event.data.seq}`;
        deliveries.push({ id, member: name });
        if (id === 'slow#1') {
          slowStarted();
          await sleep(SLOW_HANDLER_MS);
        }
      },
    });
    const settings = {
      consumerGroup,
      sessionTimeoutMs: SESSION_TIMEOUT_MS,
      heartbeatIntervalMs: 1_000,
      partitionsConsumedConcurrently: 3,
    };
    const envelope = (subject: string, seq: number): string =>
      JSON.stringify(probeEnvelope(contract, subject, seq));
    await kafka.produce(topic, [
      { key: 'slow', partition: 0, value: envelope('slow', 1) },
      { key: 'slow', partition: 0, value: envelope('slow', 2) },
    ]);
    const deadLetters = await kafka.readDeadLetters(topic);
    const started = Date.now();
    await kafka.eventConsumer(registry, [member('first')], settings).start();
    await slowHasStarted;

    // Its join waits for the rebalance, which waits for the first member to finish its batch.
    const secondJoined = kafka.eventConsumer(registry, [member('second')], settings).start();
    await eventually(() => (deliveries.some(({ id }) => id === 'slow#2') ? true : undefined), {
      what: 'the message after the slow one was handled',
      timeoutMs: 30_000,
    });
    await secondJoined;
    await kafka.produce(
      topic,
      [0, 1, 2].map((partition) => ({ key: 'after', partition, value: envelope('after', partition + 1) })),
    );
    await eventually(
      () => (deliveries.filter(({ id }) => id.startsWith('after#')).length >= 3 ? true : undefined),
      { what: 'the messages produced after the rebalance were handled', timeoutMs: 20_000 },
    );

    expect(Date.now() - started).toBeGreaterThan(SLOW_HANDLER_MS);
    expect(deliveries.filter(({ id }) => id === 'slow#1')).toEqual([{ id: 'slow#1', member: 'first' }]);
    expect(deliveries.filter(({ id }) => id === 'slow#2')).toHaveLength(1);
    const after = deliveries.filter(({ id }) => id.startsWith('after#'));
    expect(after.map(({ id }) => id).sort()).toEqual(['after#1', 'after#2', 'after#3']);
    // Both members own partitions now: the second one really joined, and the first one survived the rebalance.
    expect(new Set(after.map(({ member }) => member))).toEqual(new Set(['first', 'second']));
    expect(await deadLetters.all()).toHaveLength(0);
  }, 90_000);
});
