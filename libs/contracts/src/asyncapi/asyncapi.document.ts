import { DEAD_LETTER_HEADER_MEANINGS, DEAD_LETTER_HEADERS, DEAD_LETTER_REASONS } from '../dead-letter';
import { EventEnvelope } from '../envelope';
import type { EventContract } from '../event-contract';
import type { EventRegistry } from '../registry';
import { deadLetterTopicOf } from '../topics';
import { jsonSchemaOf, type JsonSchema } from './json-schema.converter';

const KAFKA_BINDING_VERSION = '0.5.0';
const DEAD_LETTER_MESSAGE = 'DeadLetter';

const DESCRIPTION = [
  'Every event the Ontwikkelkracht services publish, generated from libs/contracts (run `npm run asyncapi`).',
  '',
  'Every message is an event envelope (see the EventEnvelope schema) whose `data` is described per',
  '(type, version):',
  '',
  '- The Kafka message key is the envelope `subject` (usually the BRIN of the school).',
  '- Order is kept per subject: all events about one subject arrive in the order they were published;',
  '  there is no order across subjects or topics.',
  '- Delivery is at least once: consumers are idempotent on `eventId`.',
  '- Within a version changes are additive only: consumers accept and keep fields they do not know.',
  '  Anything else is a new version, published side by side with the old one while consumers move.',
  '- Consumers dead-letter, to `<topic>.dlq`, every message with an unknown (type, version), a malformed',
  '  envelope or invalid data, with the reason in the `x-dlq-reason` header.',
].join('\n');

/** The AsyncAPI 3.0.0 document of every contract in `registry`: a channel per topic and its dead letters. */
export function buildAsyncApiDocument(registry: EventRegistry): Record<string, unknown> {
  const schemas: Record<string, JsonSchema> = { EventEnvelope: jsonSchemaOf(EventEnvelope) };
  const messages: Record<string, unknown> = {};
  for (const contract of registry.all()) {
    schemas[dataSchemaIdOf(contract)] = jsonSchemaOf(contract.dataClass);
    messages[messageIdOf(contract)] = eventMessage(contract);
  }
  messages[DEAD_LETTER_MESSAGE] = deadLetterMessage();

  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const topic of registry.topics()) {
    const ids = registry
      .all()
      .filter((contract) => contract.topic === topic)
      .map(messageIdOf);
    addChannel(channels, operations, {
      address: topic,
      description: `Events published on ${topic}, keyed by subject.`,
      summary: `A service publishes an event on ${topic}.`,
      messageIds: ids,
    });
    addChannel(channels, operations, {
      address: deadLetterTopicOf(topic),
      description: deadLetterChannelDescription(topic),
      summary: `A consumer of ${topic} parks a message it cannot process.`,
      messageIds: [DEAD_LETTER_MESSAGE],
    });
  }

  return {
    asyncapi: '3.0.0',
    info: { title: 'Ontwikkelkracht events', version: '1.0.0', description: DESCRIPTION },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { schemas, messages },
  };
}

interface ChannelSpec {
  address: string;
  description: string;
  summary: string;
  messageIds: readonly string[];
}

function addChannel(
  channels: Record<string, unknown>,
  operations: Record<string, unknown>,
  spec: ChannelSpec,
): void {
  const channelId = idOf(spec.address);
  channels[channelId] = {
    address: spec.address,
    description: spec.description,
    messages: Object.fromEntries(spec.messageIds.map((id) => [id, { $ref: `#/components/messages/${id}` }])),
    bindings: { kafka: { topic: spec.address, bindingVersion: KAFKA_BINDING_VERSION } },
  };
  operations[`send${channelId.charAt(0).toUpperCase()}${channelId.slice(1)}`] = {
    action: 'send',
    channel: { $ref: `#/channels/${channelId}` },
    summary: spec.summary,
    messages: spec.messageIds.map((id) => ({ $ref: `#/channels/${channelId}/messages/${id}` })),
  };
}

function eventMessage(contract: EventContract): Record<string, unknown> {
  return {
    name: messageIdOf(contract),
    title: `${contract.type} v${contract.version}`,
    summary: contract.description,
    contentType: 'application/json',
    correlationId: { location: '$message.payload#/correlationId' },
    payload: {
      allOf: [
        { $ref: '#/components/schemas/EventEnvelope' },
        {
          type: 'object',
          properties: {
            type: { const: contract.type },
            version: { const: contract.version },
            subject: { description: contract.subject },
            data: { $ref: `#/components/schemas/${dataSchemaIdOf(contract)}` },
          },
        },
      ],
    },
    bindings: {
      kafka: {
        key: { type: 'string', description: contract.subject },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

function deadLetterMessage(): Record<string, unknown> {
  const headerNames = Object.keys(DEAD_LETTER_HEADERS) as (keyof typeof DEAD_LETTER_HEADERS)[];
  return {
    name: DEAD_LETTER_MESSAGE,
    title: 'Dead letter',
    summary: 'A message a consumer could not process, copied unchanged, with why in its headers.',
    headers: {
      type: 'object',
      properties: Object.fromEntries(
        headerNames.map((name) => [
          DEAD_LETTER_HEADERS[name],
          {
            type: 'string',
            description: DEAD_LETTER_HEADER_MEANINGS[name],
            ...(name === 'reason' ? { enum: [...DEAD_LETTER_REASONS] } : {}),
          },
        ]),
      ),
    },
    payload: {
      description:
        'The original message value, byte for byte: an event envelope, unless the reason is MALFORMED_ENVELOPE.',
    },
    bindings: {
      kafka: {
        key: { type: 'string', description: 'the original message key (the envelope subject)' },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

function deadLetterChannelDescription(topic: string): string {
  const headers = (Object.keys(DEAD_LETTER_HEADERS) as (keyof typeof DEAD_LETTER_HEADERS)[]).map(
    (name) => `- \`${DEAD_LETTER_HEADERS[name]}\`: ${DEAD_LETTER_HEADER_MEANINGS[name]}`,
  );
  return [
    `Dead letters of ${topic}: messages a consumer could not process, copied with the same key and value`,
    'so they can be inspected and replayed. The consumer adds these headers:',
    '',
    ...headers,
  ].join('\n');
}

function messageIdOf(contract: EventContract): string {
  return `${contract.type}V${contract.version}`;
}

function dataSchemaIdOf(contract: EventContract): string {
  return `${messageIdOf(contract)}Data`;
}

// Channel ids are camelCase versions of the address, e.g. okr.enrolment.v1.dlq -> okrEnrolmentV1Dlq.
function idOf(address: string): string {
  return address
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part, index) => (index === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}
