import { DEAD_LETTER_HEADERS, EventRegistry } from '@okr/contracts';
import { type ConsumedEvent, type EventHandlerRegistration } from '../src';
import { ConsumerTestKafka, probeContract, type ProbeData, probeEnvelope } from './fixtures/consumer-harness';
import { eventually, testGroup, testTopic } from '../src/testing';

function recorderOf(topic: string): { handled: number[]; registration: EventHandlerRegistration<ProbeData> } {
  const handled: number[] = [];
  return {
    handled,
    registration: {
      contract: probeContract(topic),
      name: 'ProbeRecorder.onProbeHappened',
      handle(event: ConsumedEvent<ProbeData>) {
        handled.push(event.data.seq);
        return Promise.resolve();
      },
    },
  };
}

/** The dead-letter headers that say where a message came from and who gave up on it. */
function originIn(headers: Record<string, string>): Record<string, string | undefined> {
  return {
    topic: headers[DEAD_LETTER_HEADERS.topic],
    partition: headers[DEAD_LETTER_HEADERS.partition],
    offset: headers[DEAD_LETTER_HEADERS.offset],
    consumerGroup: headers[DEAD_LETTER_HEADERS.group],
    attempts: headers[DEAD_LETTER_HEADERS.attempts],
  };
}

describe('an EventConsumer given messages it cannot accept', () => {
  let kafka: ConsumerTestKafka;

  beforeAll(async () => {
    kafka = await ConsumerTestKafka.connect('consumer-dead-letters');
  }, 30_000);

  afterAll(async () => {
    await kafka.close();
  }, 30_000);

  it('dead-letters malformed, unknown and invalid messages with their reason and origin, and handles the valid ones after them in order', async () => {
    const topic = testTopic('consumer-dead-letters');
    await kafka.createTopicWithDeadLetters(topic);
    const { handled, registration } = recorderOf(topic);
    const { contract } = registration;
    const notInCatalogue = probeContract(topic, 'NeverCatalogued');
    const key = '12AB';
    const valid = (seq: number): string => JSON.stringify(probeEnvelope(contract, key, seq));
    const inputs: (string | Buffer)[] = [
      valid(1),
      // Cut off mid-way, as a crashed producer or a wrong serializer would leave it.
      Buffer.from(valid(99).slice(0, 40), 'utf8'),
      valid(2),
      JSON.stringify(probeEnvelope(notInCatalogue, key, 98)),
      valid(3),
      JSON.stringify({ ...probeEnvelope(contract, key, 97), data: { subject: key, seq: 'ninety-seven' } }),
      JSON.stringify({ ...probeEnvelope(contract, key, 96), version: 2 }),
      valid(4),
    ];
    const badInputs = [1, 3, 5, 6];
    const consumerGroup = testGroup('dead-letters');
    const deadLetters = await kafka.readDeadLetters(topic);
    const placements = await kafka.produce(
      topic,
      inputs.map((value) => ({ key, value })),
    );

    await kafka.eventConsumer(new EventRegistry([contract]), [registration], { consumerGroup }).start();

    await eventually(() => (handled.length >= 4 ? true : undefined), {
      what: 'the four valid events were handled',
    });
    await deadLetters.atLeast(badInputs.length);
    const letters = await deadLetters.all();
    expect(handled).toEqual([1, 2, 3, 4]);
    expect(letters.map((letter) => letter.headers[DEAD_LETTER_HEADERS.reason])).toEqual([
      'MALFORMED_ENVELOPE',
      'UNKNOWN_EVENT',
      'INVALID_DATA',
      'UNKNOWN_EVENT',
    ]);
    expect(letters.map((letter) => letter.headers[DEAD_LETTER_HEADERS.detail])).toEqual([
      expect.stringMatching(/^message is not JSON: /),
      'event type NeverCatalogued is not in the catalogue',
      expect.stringMatching(/^ProbeHappened v1 data invalid: .*\bseq\b/),
      'ProbeHappened version 2 is not known (known: 1)',
    ]);
    expect(letters.map(({ headers }) => originIn(headers))).toEqual(
      badInputs.map((input) => ({
        topic,
        partition: String(placements[input]?.partition),
        offset: placements[input]?.offset,
        consumerGroup,
        attempts: '0',
      })),
    );
    expect(letters.map((letter) => letter.key)).toEqual(badInputs.map(() => key));
    expect(letters.map((letter) => letter.value?.toString('base64'))).toEqual(
      badInputs.map((input) => Buffer.from(inputs[input] ?? '').toString('base64')),
    );
  }, 60_000);

  // A dead letter is evidence: decoding it as UTF-8 would turn each invalid byte into U+FFFD.
  it('copies a message that is not UTF-8 to the dead-letter topic byte for byte', async () => {
    const topic = testTopic('consumer-dead-letters');
    await kafka.createTopicWithDeadLetters(topic);
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x41]);
    const { registration } = recorderOf(topic);
    const deadLetters = await kafka.readDeadLetters(topic);
    await kafka.produce(topic, [{ key: '12AB', value: garbage }]);

    await kafka
      .eventConsumer(new EventRegistry([registration.contract]), [registration], {
        consumerGroup: testGroup('dead-letters'),
      })
      .start();

    const [letter] = await deadLetters.atLeast(1);
    expect(letter?.headers[DEAD_LETTER_HEADERS.reason]).toBe('MALFORMED_ENVELOPE');
    expect(letter?.value?.toString('hex')).toBe(garbage.toString('hex'));
  }, 60_000);
});
