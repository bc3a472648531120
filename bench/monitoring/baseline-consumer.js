#!/usr/bin/env node
// The baseline the monitoring benchmark compares with: a read-model consumer built the common way. A NestJS
// microservice on the built-in Kafka transport (`Transport.KAFKA`, one `@EventPattern` handler for the topic,
// the transport's and kafkajs's defaults: one message at a time, each handler awaited before the next), which
// for every event does one mongoose `updateOne` with upsert, counting events per type and school. It parses
// what the transport hands it and nothing more: no contract validation, no idempotency on eventId, so it does
// less per event than the monitoring service does.
//
// bench/monitoring/run.js starts it as a child process and times it; it can also run alone:
//   BASELINE_TOPIC=test.bench-1234.v1 BASELINE_EXPECT=200000 node bench/monitoring/baseline-consumer.js
// Environment: BASELINE_TOPIC (required), BASELINE_EXPECT (events to wait for; without it, it runs until
// stopped), BASELINE_GROUP (consumer group, default unique per start; read from the beginning),
// MONGODB_URI, MONGODB_DATABASE (default test_bench_baseline_<timestamp>), KAFKA_BROKERS.
// Under run.js it reports over IPC: { kind: 'listening' }, { kind: 'progress', processed },
// { kind: 'done', processed, firstEventAt, doneAt } (times as Date.now()).
require('reflect-metadata');
const { Controller, Inject, Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { EventPattern, Transport } = require('@nestjs/microservices');
const { MongooseModule, getModelToken } = require('@nestjs/mongoose');
const { Schema } = require('mongoose');

const TOPIC = process.env.BASELINE_TOPIC;
const EXPECT = Number(process.env.BASELINE_EXPECT || 0);
const GROUP = process.env.BASELINE_GROUP || `bench-baseline-${Date.now()}`;
const MONGODB_URI = process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017';
const DATABASE = process.env.MONGODB_DATABASE || `test_bench_baseline_${Date.now()}`;
const BROKERS = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
const PROGRESS_EVERY_MS = 5_000;

const EVENT_COUNT = 'EventCount';
const EventCountSchema = new Schema(
  {
    _id: String,
    type: String,
    subject: String,
    count: Number,
    lastEventId: String,
    lastOccurredAt: String,
  },
  { versionKey: false, collection: 'event_counts' },
);

function report(message) {
  if (process.send) process.send(message);
  else if (message.kind !== 'progress' || process.stdout.isTTY) console.log(JSON.stringify(message));
}

let processed = 0;
let firstEventAt;
let lastProgressAt = Date.now();

class EventCountsController {
  constructor(counts) {
    this.counts = counts;
  }

  async onEvent(envelope) {
    firstEventAt ??= Date.now();
    await this.counts.updateOne(
      { _id: `${envelope.type}:${envelope.subject}` },
      {
        $inc: { count: 1 },
        $set: {
          type: envelope.type,
          subject: envelope.subject,
          lastEventId: envelope.eventId,
          lastOccurredAt: envelope.occurredAt,
        },
      },
      { upsert: true },
    );
    processed += 1;
    if (EXPECT > 0 && processed === EXPECT) {
      report({ kind: 'done', processed, firstEventAt, doneAt: Date.now() });
    } else if (Date.now() - lastProgressAt >= PROGRESS_EVERY_MS) {
      lastProgressAt = Date.now();
      report({ kind: 'progress', processed });
    }
  }
}

// Plain CommonJS has no decorator syntax: the decorators are applied the way TypeScript's compiled output
// does.
function decorate(topic) {
  Controller()(EventCountsController);
  Inject(getModelToken(EVENT_COUNT))(EventCountsController, undefined, 0);
  const key = 'onEvent';
  const descriptor = Object.getOwnPropertyDescriptor(EventCountsController.prototype, key);
  EventPattern(topic)(EventCountsController.prototype, key, descriptor);
  Object.defineProperty(EventCountsController.prototype, key, descriptor);

  class BaselineModule {}
  Module({
    imports: [
      MongooseModule.forRoot(MONGODB_URI, { dbName: DATABASE }),
      MongooseModule.forFeature([{ name: EVENT_COUNT, schema: EventCountSchema }]),
    ],
    controllers: [EventCountsController],
  })(BaselineModule);
  return BaselineModule;
}

async function main() {
  if (!TOPIC) throw new Error('set BASELINE_TOPIC to the topic to read');
  const app = await NestFactory.createMicroservice(decorate(TOPIC), {
    transport: Transport.KAFKA,
    options: {
      client: { clientId: 'bench-baseline', brokers: BROKERS },
      consumer: { groupId: GROUP },
      subscribe: { fromBeginning: true },
    },
    logger: ['error', 'warn'],
  });
  const stop = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
    // A consumer that cannot leave its group in time must not keep the benchmark waiting.
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await app.listen();
  report({ kind: 'listening', database: DATABASE, group: GROUP });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
