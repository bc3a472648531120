import { EventRegistry } from '@okr/contracts';
import { type ConsumedEvent, type EventHandlerRegistration } from '../src';
import { ConsumerTestKafka, probeContract, type ProbeData, probeEnvelope } from './fixtures/consumer-harness';
import { eventually, testGroup, testTopic } from '../src/testing';

describe('an EventConsumer given events of its topic that it has no handler for', () => {
  let kafka: ConsumerTestKafka;

  beforeAll(async () => {
    kafka = await ConsumerTestKafka.connect('consumer-ignored');
  }, 30_000);

  afterAll(async () => {
    await kafka.close();
  }, 30_000);

  it('ignores known events it has no handler for without dead-lettering them, and reads on past them', async () => {
    const topic = testTopic('consumer-ignored');
    await kafka.createTopicWithDeadLetters(topic);
    const handledContract = probeContract(topic);
    // Both in the catalogue and on the same topic: another service's business, not an error.
    const otherType = probeContract(topic, 'ProbeOverheard');
    const newerVersion = probeContract(topic, 'ProbeHappened', 2);
    const registry = new EventRegistry([handledContract, otherType, newerVersion]);
    const handled: number[] = [];
    const recorder: EventHandlerRegistration<ProbeData> = {
      contract: handledContract,
      name: 'ProbeRecorder.onProbeHappened',
      handle(event: ConsumedEvent<ProbeData>) {
        handled.push(event.data.seq);
        return Promise.resolve();
      },
    };
    const key = '12AB';
    const consumerGroup = testGroup('ignored');
    const deadLetters = await kafka.readDeadLetters(topic);
    const placements = await kafka.produce(
      topic,
      [
        probeEnvelope(handledContract, key, 1),
        probeEnvelope(otherType, key, 2),
        probeEnvelope(newerVersion, key, 3),
        probeEnvelope(handledContract, key, 4),
      ].map((envelope) => ({ key, value: JSON.stringify(envelope) })),
    );
    const partition = placements[0]?.partition ?? -1;

    await kafka.eventConsumer(registry, [recorder], { consumerGroup }).start();

    await eventually(() => (handled.length >= 2 ? true : undefined), { what: 'the handled events arrived' });
    const committed = await eventually(
      async () => {
        const offset = (await kafka.committedOffsets(consumerGroup, topic)).get(partition);
        return Number(offset) >= 4 ? offset : undefined;
      },
      { what: 'the group committed past every message of the partition' },
    );
    expect(handled).toEqual([1, 4]);
    expect(committed).toBe('4');
    expect(await deadLetters.all()).toHaveLength(0);
  }, 60_000);
});
