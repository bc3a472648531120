#!/usr/bin/env node
// A deterministic stream of valid platform events for the monitoring benchmark: schools going through the
// programme the way the enrolment service reports it (registration, inquiry, exploratory conversation,
// referral, intake, subsidy application and grant, enrolment, expert coach, completion or withdrawal,
// sustainability assessment), subsidy rounds opening once per school year, and a small share of an event type
// no consumer knows yet (FutureThingHappened v1), which the monitoring service must skip.
//
// The content depends only on the seed; event ids are fresh UUID v7s (from createEnvelope), so a second run
// on the same topic, or a second generator in one run, is never mistaken for a redelivery. Every envelope is
// made with createEnvelope, so an event that would not pass a consumer's validation throws here instead.
//
// Self-check: `node bench/monitoring/mixed-events.js --check 2000` (after `npm run build`) generates 2,000
// events, reads each back from its Kafka message the way a consumer does (parseEnvelope, then
// validateEventData against the catalogue) and prints how many passed, per type.
const { IsString, MinLength } = require('class-validator');
const contracts = require('@okr/contracts');
const { EVENT_HEADERS } = require('@okr/messaging');

const {
  ExpertCoachTrainedV1,
  ExploratoryConversationHeldV1,
  InquiryReceivedV1,
  InquiryReferredV1,
  IntakeCompletedV1,
  ParticipationCompletedV1,
  SchoolEnrolledV1,
  SchoolRegisteredV1,
  SchoolWithdrewV1,
  SubsidyApplicationSubmittedV1,
  SubsidyGrantedV1,
  SubsidyRoundOpenedV1,
  SustainabilityAssessedV1,
  ACTIVITIES,
  PILLAR_OF_ACTIVITY,
  IMPROVEMENT_CULTURE_ACTIVITIES,
  createEnvelope,
  defineEvent,
} = contracts;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Every BRIN there can be: two digits and two capital letters. */
const BRIN_COUNT = 10 * 10 * 26 * 26;
/** BRINs from this index on are left to probes, so a probe is always a school the stream never mentions. */
const PROBE_FIRST_INDEX = 40_000;
const SOURCE = 'enrolment';
const DAY_MS = 86_400_000;
// The activity a school is moved to when it may not join a trajectory (see holdSchoolsInTrajectory).
const OUTSIDE_TRAJECTORIES = 'taallab-participating';
// How often each activity is chosen at a referral: the improvement-culture trajectories are the most asked
// for.
const ACTIVITY_WEIGHTS = {
  groeikracht: 24,
  'de-transformatieve-school': 16,
  'taallab-co-creating': 8,
  'taallab-participating': 14,
  'lerarenlab-co-creating': 8,
  'lerarenlab-participating': 14,
  'aspirant-expert-school': 8,
  'development-school': 8,
};
const MUNICIPALITIES = [
  ['Zwolle', 'Overijssel'],
  ['Utrecht', 'Utrecht'],
  ['Groningen', 'Groningen'],
  ['Tilburg', 'Noord-Brabant'],
  ['Arnhem', 'Gelderland'],
  ['Leeuwarden', 'Friesland'],
  ['Maastricht', 'Limburg'],
  ['Haarlem', 'Noord-Holland'],
];

// An event type no consumer has a contract for: the stream's "ignored" share. Its data class needs one
// validated field, because the contracts validate with forbidUnknownValues.
class FutureThingHappenedV1Data {}
IsString()(FutureThingHappenedV1Data.prototype, 'brin');
IsString()(FutureThingHappenedV1Data.prototype, 'thing');
MinLength(1)(FutureThingHappenedV1Data.prototype, 'thing');
const FutureThingHappenedV1 = defineEvent({
  type: 'FutureThingHappened',
  version: 1,
  topic: contracts.TOPICS.enrolment,
  description: 'Something a later version of the platform reports; no consumer knows it yet.',
  subject: 'BRIN of the school',
  dataClass: FutureThingHappenedV1Data,
});

/** The BRIN with this index (0 = '00AA', 67,599 = '99ZZ'). */
function brinOf(index) {
  return `${String(Math.floor(index / 676)).padStart(2, '0')}${LETTERS[Math.floor(index / 26) % 26]}${LETTERS[index % 26]}`;
}

/** The BRIN of probe k (0-based): never used by the mixed stream. */
function probeBrin(k) {
  if (PROBE_FIRST_INDEX + k >= BRIN_COUNT) {
    throw new Error(`only ${BRIN_COUNT - PROBE_FIRST_INDEX} probe BRINs exist`);
  }
  return brinOf(PROBE_FIRST_INDEX + k);
}

/** Mulberry32: a small, fast seeded generator; the same seed gives the same stream. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The school year a moment falls in: a year runs from 1 August. */
function schoolYearOf(ms) {
  const date = new Date(ms);
  const first = date.getUTCMonth() >= 7 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return `${first}-${first + 1}`;
}

function dayOf(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Kafka message the platform's outbox relay would publish for `envelope`. */
function toMessage(envelope) {
  return {
    key: envelope.subject,
    value: JSON.stringify(envelope),
    headers: {
      [EVENT_HEADERS.eventId]: envelope.eventId,
      [EVENT_HEADERS.type]: envelope.type,
      [EVENT_HEADERS.version]: String(envelope.version),
    },
  };
}

/**
 * A SchoolEnrolled of probe k's school in groeikracht, for measuring how soon an event shows in a KPI; its
 * school is new to the stream, so it adds exactly one to the schools in an improvement-culture trajectory.
 */
function probeEnvelope(k, schoolYear) {
  const brin = probeBrin(k);
  return createEnvelope(SchoolEnrolledV1, {
    subject: brin,
    source: SOURCE,
    correlationId: `bench-probe-${k}`,
    data: {
      brin,
      activity: 'groeikracht',
      pillar: 'improvement-culture',
      sector: k % 2 === 0 ? 'PO' : 'VO',
      schoolYear,
      equalAccess: {
        weakPerforming: false,
        specialTargetGroups: false,
        specialisedEducation: false,
        smallRegional: false,
      },
    },
  });
}

/**
 * The mixed stream. Each call to next() advances one school (picked at random) by one step of its way
 * through the programme, so events about one school come in a believable order; a virtual clock moves a few
 * minutes per event (never past now), and a subsidy round opens as each school year starts.
 */
class MixedEvents {
  constructor({ seed = 1, schools = 20_000, unknownShare = 0.005, startAt = Date.UTC(2023, 8, 4, 8) } = {}) {
    if (schools > PROBE_FIRST_INDEX) throw new Error(`at most ${PROBE_FIRST_INDEX} schools`);
    this.random = seededRandom(seed);
    this.unknownShare = unknownShare;
    this.clock = startAt;
    this.stepMs = 5 * 60_000;
    this.schools = Array.from({ length: schools }, (_, index) => ({ brin: brinOf(index), stage: 'new' }));
    // About one event in ten registers a school, so 200,000 events register 20,000.
    this.registrationShare = 0.1;
    this.registered = 0;
    this.busy = [];
    this.rounds = new Map();
    this.pendingRound = undefined;
    this.count = 0;
    /** BRINs with a SchoolEnrolled in an improvement-culture trajectory: what the KPI should count. */
    this.schoolsInTrajectory = new Set();
    this.holdTrajectoryCount = false;
  }

  /**
   * From now on, no school joins a trajectory for the first time (it enrols in another activity instead),
   * so the KPI moves only by probes.
   */
  holdSchoolsInTrajectory() {
    this.holdTrajectoryCount = true;
  }

  /** The school year of the stream's virtual clock. */
  get schoolYear() {
    return schoolYearOf(this.clock);
  }

  /** The next event's envelope. */
  next() {
    this.count += 1;
    this.clock = Math.min(this.clock + this.stepMs, Date.now());
    const year = schoolYearOf(this.clock);
    if (!this.rounds.has(year)) return this.openRound(year);
    if (this.random() < this.unknownShare) return this.futureThing();
    return this.advance(this.chooseSchool());
  }

  /**
   * Registers the next school now and then (the programme grows as the stream goes on); otherwise mostly
   * moves on a school that is part-way, and sometimes lets an idle one start again, so ways through the
   * programme get finished and every type of event keeps coming.
   */
  chooseSchool() {
    if (
      this.registered < this.schools.length &&
      (this.registered === 0 || this.chance(this.registrationShare))
    ) {
      return this.schools[this.registered++];
    }
    if (this.busy.length > 0 && (this.chance(0.85) || this.busy.length === this.registered)) {
      return this.pick(this.busy);
    }
    for (;;) {
      const school = this.schools[Math.floor(this.random() * this.registered)];
      if (school.stage === 'idle') return school;
    }
  }

  /** Keeps the list of schools part-way through the programme up to date when `school` changes stage. */
  setStage(school, stage) {
    const wasBusy = school.busyAt !== undefined;
    const isBusy = stage !== 'idle' && stage !== 'new';
    school.stage = stage;
    if (isBusy && !wasBusy) {
      school.busyAt = this.busy.length;
      this.busy.push(school);
    } else if (!isBusy && wasBusy) {
      const last = this.busy.pop();
      if (last !== school) {
        this.busy[school.busyAt] = last;
        last.busyAt = school.busyAt;
      }
      school.busyAt = undefined;
    }
  }

  /** The next event as the Kafka message the relay would publish, with its envelope. */
  nextMessage() {
    const envelope = this.next();
    return { envelope, message: toMessage(envelope) };
  }

  uuid() {
    const hex = Array.from({ length: 4 }, () =>
      Math.floor(this.random() * 4_294_967_296)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
    // Version 4 and the RFC 9562 variant, so every UUID validator accepts it.
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  pick(list) {
    return list[Math.floor(this.random() * list.length)];
  }

  chance(probability) {
    return this.random() < probability;
  }

  envelope(contract, subject, data) {
    return createEnvelope(contract, {
      subject,
      source: SOURCE,
      correlationId: `bench-${this.count}`,
      occurredAt: new Date(this.clock),
      data,
    });
  }

  openRound(year) {
    const roundId = this.uuid();
    const opensAt = this.clock;
    this.rounds.set(year, roundId);
    return this.envelope(SubsidyRoundOpenedV1, roundId, {
      roundId,
      schoolYear: year,
      opensAt: new Date(opensAt).toISOString(),
      closesAt: new Date(opensAt + 300 * DAY_MS).toISOString(),
      budgetCents: 2_500_000_000,
      maxGrants: 5_000,
      activityAmounts: ACTIVITIES.map((activity) => ({ activity, maxAmountCents: 1_000_000 })),
    });
  }

  futureThing() {
    const school = this.pick(this.schools);
    return this.envelope(FutureThingHappenedV1, school.brin, { brin: school.brin, thing: 'something new' });
  }

  chooseActivity() {
    let roll = this.random() * 100;
    for (const [activity, weight] of Object.entries(ACTIVITY_WEIGHTS)) {
      roll -= weight;
      if (roll < 0) return activity;
    }
    return OUTSIDE_TRAJECTORIES;
  }

  /** Moves `school` one step on; undefined when it has nothing to report now (the caller picks another). */
  advance(school) {
    const { brin } = school;
    const today = dayOf(this.clock);
    const cycle = school.cycle;
    switch (school.stage) {
      case 'new': {
        const [municipality, province] = this.pick(MUNICIPALITIES);
        school.sector = this.chance(0.7) ? 'PO' : 'VO';
        school.equalAccess = {
          weakPerforming: this.chance(0.08),
          specialTargetGroups: this.chance(0.2),
          specialisedEducation: this.chance(0.05),
          smallRegional: this.chance(0.1),
        };
        this.setStage(school, 'idle');
        return this.envelope(SchoolRegisteredV1, brin, {
          brin,
          name: `Benchschool ${brin}`,
          sector: school.sector,
          specialisedEducation: school.equalAccess.specialisedEducation,
          boardNumber: String(40_000 + Math.floor(this.random() * 9_000)),
          municipality,
          province,
          pupilCount: 80 + Math.floor(this.random() * 1_200),
          equalAccess: school.equalAccess,
        });
      }
      case 'idle': {
        school.cycle = { inquiryId: this.uuid() };
        this.setStage(school, 'inquiry');
        return this.envelope(InquiryReceivedV1, brin, {
          inquiryId: school.cycle.inquiryId,
          brin,
          channel: this.pick(['email', 'phone', 'web-form', 'information-session']),
          receivedAt: new Date(this.clock).toISOString(),
        });
      }
      case 'inquiry':
        this.setStage(school, 'conversation');
        return this.envelope(ExploratoryConversationHeldV1, brin, {
          inquiryId: cycle.inquiryId,
          brin,
          heldOn: today,
        });
      case 'conversation': {
        if (this.chance(0.08)) {
          this.setStage(school, 'idle');
          return this.envelope(InquiryReferredV1, brin, {
            inquiryId: cycle.inquiryId,
            brin,
            referral: 'outside-programme',
            activities: [],
            outsideReasonCode: this.pick(['other-programme', 'not-eligible', 'no-capacity', 'other']),
          });
        }
        cycle.activity = this.chooseActivity();
        this.setStage(school, 'referred');
        return this.envelope(InquiryReferredV1, brin, {
          inquiryId: cycle.inquiryId,
          brin,
          referral: 'activities',
          activities: [cycle.activity],
        });
      }
      case 'referred': {
        const fit = this.chance(0.85);
        this.setStage(school, fit ? 'intake' : 'idle');
        return this.envelope(IntakeCompletedV1, brin, {
          intakeId: this.uuid(),
          brin,
          activity: cycle.activity,
          pillar: PILLAR_OF_ACTIVITY[cycle.activity],
          outcome: fit ? 'fit' : 'no-fit',
          heldOn: today,
          inquiryId: cycle.inquiryId,
        });
      }
      case 'intake': {
        cycle.schoolYear = schoolYearOf(this.clock);
        cycle.roundId = this.rounds.get(cycle.schoolYear);
        cycle.applicationId = this.uuid();
        this.setStage(school, 'applied');
        return this.envelope(SubsidyApplicationSubmittedV1, brin, {
          applicationId: cycle.applicationId,
          brin,
          activity: cycle.activity,
          pillar: PILLAR_OF_ACTIVITY[cycle.activity],
          roundId: cycle.roundId,
          schoolYear: cycle.schoolYear,
          requestedAmountCents: 1_000_000,
          submittedAt: new Date(this.clock).toISOString(),
          decisionDueOn: dayOf(this.clock + 91 * DAY_MS),
        });
      }
      case 'applied':
        this.setStage(school, 'granted');
        return this.envelope(SubsidyGrantedV1, brin, {
          applicationId: cycle.applicationId,
          brin,
          activity: cycle.activity,
          pillar: PILLAR_OF_ACTIVITY[cycle.activity],
          sector: school.sector,
          roundId: cycle.roundId,
          schoolYear: cycle.schoolYear,
          grantedAmountCents: 1_000_000,
          decidedOn: today,
        });
      case 'granted': {
        if (this.holdTrajectoryCount && isTrajectory(cycle.activity) && !this.schoolsInTrajectory.has(brin)) {
          cycle.activity = OUTSIDE_TRAJECTORIES;
        }
        if (isTrajectory(cycle.activity)) this.schoolsInTrajectory.add(brin);
        cycle.participationId = this.uuid();
        this.setStage(school, 'enrolled');
        return this.envelope(SchoolEnrolledV1, brin, {
          brin,
          activity: cycle.activity,
          pillar: PILLAR_OF_ACTIVITY[cycle.activity],
          sector: school.sector,
          schoolYear: cycle.schoolYear,
          equalAccess: school.equalAccess,
          applicationId: cycle.applicationId,
          participationId: cycle.participationId,
          roundId: cycle.roundId,
        });
      }
      case 'enrolled':
        if (isTrajectory(cycle.activity)) {
          this.setStage(school, 'coached');
          return this.envelope(ExpertCoachTrainedV1, brin, {
            participationId: cycle.participationId,
            brin,
            activity: cycle.activity,
            sector: school.sector,
            coachId: this.uuid(),
            trainedOn: today,
          });
        }
        return this.finish(school, today);
      case 'coached':
        return this.finish(school, today);
      case 'completed':
        this.setStage(school, 'idle');
        return this.envelope(SustainabilityAssessedV1, brin, {
          participationId: cycle.participationId,
          brin,
          activity: cycle.activity,
          schoolYear: cycle.schoolYear,
          sustainableCulture: this.chance(0.6),
          assessedOn: today,
        });
      default:
        return undefined;
    }
  }

  /** Completes the participation, or (sometimes) the school withdraws from it. */
  finish(school, today) {
    const { brin, cycle } = school;
    const common = {
      participationId: cycle.participationId,
      brin,
      activity: cycle.activity,
      pillar: PILLAR_OF_ACTIVITY[cycle.activity],
      sector: school.sector,
      schoolYear: cycle.schoolYear,
    };
    if (this.chance(0.07)) {
      this.setStage(school, 'idle');
      return this.envelope(SchoolWithdrewV1, brin, {
        ...common,
        reasonCode: this.pick(['capacity', 'leadership-change', 'merger', 'not-a-fit', 'other']),
        withdrawnOn: today,
      });
    }
    const trajectory = isTrajectory(cycle.activity);
    this.setStage(school, trajectory ? 'completed' : 'idle');
    return this.envelope(ParticipationCompletedV1, brin, {
      ...common,
      completedOn: today,
      ...(trajectory ? { pupilDevelopmentImproved: this.chance(0.7) } : {}),
    });
  }
}

function isTrajectory(activity) {
  return IMPROVEMENT_CULTURE_ACTIVITIES.includes(activity);
}

/** Reads `count` generated messages back as a consumer would; returns the tallies. */
function check(count) {
  const { catalogue, parseEnvelope, validateEventData } = contracts;
  const mix = new MixedEvents();
  const byType = new Map();
  const failures = [];
  let passed = 0;
  let unknown = 0;
  const messages = Array.from({ length: count }, () => mix.nextMessage().message);
  messages.push(toMessage(probeEnvelope(0, mix.schoolYear)));
  for (const message of messages) {
    const parsed = parseEnvelope(message.value);
    if (!parsed.ok) {
      failures.push(parsed.detail);
      continue;
    }
    const { envelope } = parsed;
    byType.set(envelope.type, (byType.get(envelope.type) ?? 0) + 1);
    const headersMatch =
      message.key === envelope.subject &&
      message.headers[EVENT_HEADERS.eventId] === envelope.eventId &&
      message.headers[EVENT_HEADERS.type] === envelope.type &&
      message.headers[EVENT_HEADERS.version] === String(envelope.version);
    if (!headersMatch) {
      failures.push(`${envelope.type}: key or headers do not match the envelope`);
      continue;
    }
    const contract = catalogue.find(envelope.type, envelope.version);
    if (!contract) {
      unknown += 1;
      continue;
    }
    const validation = validateEventData(contract, envelope.data);
    if (validation.ok) passed += 1;
    else failures.push(validation.detail);
  }
  return {
    total: messages.length,
    passed,
    unknown,
    failures,
    byType,
    trajectory: mix.schoolsInTrajectory.size,
  };
}

module.exports = {
  BRIN_COUNT,
  PROBE_FIRST_INDEX,
  FutureThingHappenedV1,
  MixedEvents,
  brinOf,
  probeBrin,
  probeEnvelope,
  toMessage,
};

if (require.main === module) {
  const at = process.argv.indexOf('--check');
  if (at === -1) {
    console.error('usage: node bench/monitoring/mixed-events.js --check [count]');
    process.exitCode = 2;
  } else {
    const count = Number(process.argv[at + 1] || 2000);
    const started = performance.now();
    const result = check(count);
    const seconds = (performance.now() - started) / 1000;
    for (const [type, n] of [...result.byType].sort((a, b) => b[1] - a[1])) {
      console.log(`${type.padEnd(30)} ${String(n).padStart(7)}`);
    }
    for (const failure of result.failures.slice(0, 10)) console.log(`FAILED: ${failure}`);
    console.log(
      `${result.passed} of ${result.total - result.unknown} known events passed their contract ` +
        `(${result.total} messages, one of them a probe; ${result.unknown} of an unknown type, ignored by design; ` +
        `${result.trajectory} schools in a trajectory; ${(seconds * 1000).toFixed(0)} ms)`,
    );
    if (result.failures.length > 0) process.exitCode = 1;
  }
}
