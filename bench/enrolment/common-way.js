#!/usr/bin/env node
// The baseline the enrolment benchmark compares with: `POST /subsidy-applications` written the way most NestJS
// services are. Express (NestJS's default platform), `@nestjs/mongoose` with a model per collection, a global
// ValidationPipe, a JWT guard, and the event sent to Kafka inside the request after the save, with no outbox, no
// idempotency key, no audit trail and no stream versions. It applies the same rules as the enrolment service: the
// same request class (class-validator) and the same pure domain function (`submitApplication` with every
// eligibility rule), on the same facts, which the benchmark copies from the enrolment service's database.
//
// Where this is generous to the baseline: natural keys are the `_id` (school by BRIN, round and inquiry by id),
// so those reads are lookups by `_id`, which FerretDB serves from an index; intakes and applications are found by
// their fields, with the indexes a developer would declare (MongoDB uses them; FerretDB 1.24 reads the collection,
// docs/adr/0002).
//
// bench/enrolment/submit-applications.js starts it as a child process (needs `npm run build`: it loads the
// enrolment service's built domain and request class). Environment: PORT, MONGODB_URI, MONGODB_DATABASE,
// KAFKA_BROKERS, KAFKA_TOPIC_PREFIX, JWT_SECRET.
require('reflect-metadata');
const { join } = require('node:path');
const { randomUUID } = require('node:crypto');
const {
  Body,
  Controller,
  HttpCode,
  HttpException,
  Inject,
  Injectable,
  Module,
  Post,
  UnauthorizedException,
  ForbiddenException,
  ValidationPipe,
} = require('@nestjs/common');
const { APP_GUARD, NestFactory } = require('@nestjs/core');
const { MongooseModule, getModelToken } = require('@nestjs/mongoose');
const { Schema } = require('mongoose');
const { Kafka, logLevel } = require('kafkajs');
const { jwtVerify } = require('jose');
const { createEnvelope } = require('@okr/contracts');

const enrolment = join(__dirname, '..', '..', 'services', 'enrolment', 'dist');
const { SubmitApplicationRequestDto } = require(
  join(enrolment, 'commands', 'submit-application', 'submit-application.request.dto.js'),
);
const { submitApplication } = require(join(enrolment, 'domain', 'subsidy-application.entity.js'));
const { DEFAULT_ACTIVITY_CATALOGUE } = require(
  join(enrolment, 'domain', 'activity-catalogue.value-object.js'),
);
const { DomainError } = require(join(enrolment, 'domain', 'domain.errors.js'));
const { ENROLMENT_EVENT_CONTRACTS } = require(join(enrolment, 'domain', 'enrolment-event.value-object.js'));

const PORT = Number(process.env.PORT || 3902);
const MONGODB_URI = process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017';
const DATABASE = process.env.MONGODB_DATABASE || `test_bench_common_way_${Date.now()}`;
const BROKERS = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
const TOPIC_PREFIX = process.env.KAFKA_TOPIC_PREFIX || `test.${DATABASE}.`;
const TOPIC = `${TOPIC_PREFIX}${ENROLMENT_EVENT_CONTRACTS.SubsidyApplicationSubmitted.topic}`;
const SECRET = new TextEncoder().encode(
  process.env.JWT_SECRET || 'development-only-secret-change-me-0123456789',
);

// A model per collection; the facts keep the enrolment service's state shapes, so the same rules read them.
const open = { versionKey: false, strict: false };
const SchoolSchema = new Schema({ _id: String, brin: String }, { ...open, collection: 'schools' });
const RoundSchema = new Schema({ _id: String, roundId: String }, { ...open, collection: 'rounds' });
const InquirySchema = new Schema({ _id: String, brin: String }, { ...open, collection: 'inquiries' });
const IntakeSchema = new Schema({ brin: String, activity: String }, { ...open, collection: 'intakes' });
IntakeSchema.index({ brin: 1, activity: 1 });
const ApplicationSchema = new Schema(
  { _id: String, brin: String, activity: String, roundId: String, status: String },
  { ...open, collection: 'applications' },
);
ApplicationSchema.index({ brin: 1, activity: 1, roundId: 1 });
const MODELS = [
  { name: 'School', schema: SchoolSchema },
  { name: 'Round', schema: RoundSchema },
  { name: 'Inquiry', schema: InquirySchema },
  { name: 'Intake', schema: IntakeSchema },
  { name: 'Application', schema: ApplicationSchema },
];

const KAFKA = 'KAFKA_PRODUCER';
const STATUS_OF = {
  'SCHOOL.NOT_REGISTERED': 404,
  'ROUND.NOT_FOUND': 404,
  'APPLICATION.DUPLICATE': 409,
};

// Plain CommonJS has no decorator syntax: the decorators are applied the way TypeScript's compiled output does.
function decorateMethod(target, key, decorators) {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  Reflect.decorate(decorators, target, key, descriptor);
}

class JwtGuard {
  /** Verifies the bearer token (HS256, as the platform's development tokens) and the helpdesk role. */
  async canActivate(context) {
    const header = context.switchToHttp().getRequest().headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) throw new UnauthorizedException();
    const { payload } = await jwtVerify(header.slice(7), SECRET).catch(() => {
      throw new UnauthorizedException();
    });
    if (!Array.isArray(payload.roles) || !payload.roles.includes('helpdesk')) throw new ForbiddenException();
    return true;
  }
}
Injectable()(JwtGuard);

function conversationDaysOf(inquiries) {
  return inquiries.flatMap((inquiry) => (inquiry.conversations ?? []).map((talk) => talk.heldOn));
}

class ApplicationsService {
  constructor(schools, rounds, inquiries, intakes, applications, producer) {
    Object.assign(this, { schools, rounds, inquiries, intakes, applications, producer });
  }

  async submit(body) {
    const { brin, activity, roundId } = body;
    const [school, round, intakes, existing] = await Promise.all([
      this.schools.findById(brin).lean(),
      this.rounds.findById(roundId).lean(),
      this.intakes.find({ brin, activity }).lean(),
      this.applications.find({ brin, activity, roundId }).lean(),
    ]);
    if (!school) throw new HttpException({ code: 'SCHOOL.NOT_REGISTERED' }, 404);
    if (!round) throw new HttpException({ code: 'ROUND.NOT_FOUND' }, 404);
    const inquiryIds = [...new Set(intakes.flatMap((intake) => intake.inquiryId ?? []))];
    const named = inquiryIds.length > 0 ? await this.inquiries.find({ _id: { $in: inquiryIds } }).lean() : [];
    // The days of the school's exploratory conversations: in an inquiry an intake names, else in any of its own.
    let conversationDays = conversationDaysOf(named);
    if (conversationDays.length === 0)
      conversationDays = conversationDaysOf(await this.inquiries.find({ brin }).lean());
    const applicationId = randomUUID();
    const { state, events } = submitApplication(
      undefined,
      { ...body, applicationId, submittedAt: new Date() },
      {
        school,
        round,
        catalogue: DEFAULT_ACTIVITY_CATALOGUE,
        intakes,
        applications: existing,
        exploratoryConversationsOn: conversationDays,
      },
    );
    await this.applications.create({ _id: applicationId, ...state });
    // Inside the request, after the save: a crash or a Kafka outage here loses the event.
    await this.producer.send({
      topic: TOPIC,
      messages: events.map((event) => {
        const envelope = createEnvelope(ENROLMENT_EVENT_CONTRACTS[event.type], {
          source: 'common-way',
          correlationId: randomUUID(),
          subject: brin,
          data: event.data,
        });
        return { key: brin, value: JSON.stringify(envelope) };
      }),
    });
    return state;
  }
}
Injectable()(ApplicationsService);
for (const [index, { name }] of MODELS.entries()) {
  Inject(getModelToken(name))(ApplicationsService, undefined, index);
}
Inject(KAFKA)(ApplicationsService, undefined, MODELS.length);

class ApplicationsController {
  constructor(service) {
    this.service = service;
  }

  async submit(body) {
    try {
      return await this.service.submit(body);
    } catch (error) {
      if (error instanceof DomainError) {
        throw new HttpException({ code: error.code, detail: error.message }, STATUS_OF[error.code] ?? 422);
      }
      throw error;
    }
  }
}
Controller('subsidy-applications')(ApplicationsController);
Inject(ApplicationsService)(ApplicationsController, undefined, 0);
Reflect.defineMetadata(
  'design:paramtypes',
  [SubmitApplicationRequestDto],
  ApplicationsController.prototype,
  'submit',
);
Body()(ApplicationsController.prototype, 'submit', 0);
decorateMethod(ApplicationsController.prototype, 'submit', [Post(), HttpCode(201)]);

async function main() {
  const kafka = new Kafka({ clientId: 'bench-common-way', brokers: BROKERS, logLevel: logLevel.WARN });
  // The broker creates no topic by itself (as in production); a service of this kind creates its own at start.
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer();
  await producer.connect();
  class CommonWayModule {}
  Module({
    imports: [MongooseModule.forRoot(MONGODB_URI, { dbName: DATABASE }), MongooseModule.forFeature(MODELS)],
    controllers: [ApplicationsController],
    providers: [
      ApplicationsService,
      { provide: KAFKA, useValue: producer },
      { provide: APP_GUARD, useClass: JwtGuard },
    ],
  })(CommonWayModule);
  const app = await NestFactory.create(CommonWayModule, { logger: ['error', 'warn'] });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.enableShutdownHooks();
  await app.listen(PORT, '127.0.0.1');
  const stop = () => {
    app
      .close()
      .then(() => producer.disconnect())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  if (process.send) process.send({ kind: 'listening', database: DATABASE });
  else console.log(`common-way enrolment listening on ${PORT}, database ${DATABASE}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
