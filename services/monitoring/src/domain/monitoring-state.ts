import {
  PILLAR_OF_ACTIVITY,
  type Activity,
  type ExpertCoachTrainedV1Data,
  type ExploratoryConversationHeldV1Data,
  type InquiryClosedV1Data,
  type InquiryOutcome,
  type InquiryReceivedV1Data,
  type InquiryReferredV1Data,
  type IntakeCompletedV1Data,
  type IntakeOutcome,
  type ParticipationCompletedV1Data,
  type Pillar,
  type SchoolEnrolledV1Data,
  type SchoolProfileUpdatedV1Data,
  type SchoolRegisteredV1Data,
  type SchoolWithdrewV1Data,
  type SubsidyApplicationSubmittedV1Data,
  type SubsidyApplicationWithdrawnV1Data,
  type SubsidyGrantedV1Data,
  type SubsidyRejectedV1Data,
  type SubsidyRoundOpenedV1Data,
  type SustainabilityAssessedV1Data,
} from '@okr/contracts';
import { monthOf, normalisedMoment, stampOf } from './calendar';
import type { ProjectedEvent } from './projected-event';
import type { EqualAccessFlag, Sector } from './views';

// The monitoring projection's state: facts keyed by natural ids, merged field by field, so applying events
// is idempotent (redelivery changes nothing) and order-insensitive (any arrival order ends in the same
// state). Counts are never kept here; the views count the facts. Plain JSON: it is snapshotted with
// JSON.stringify and restored with JSON.parse, so no Map, Set, Date or class instances.
//
// Merge rules, per field: identity fields are set once (on a conflict the smallest value wins, so the order
// never matters); "first" facts keep the earliest date; judgements and snapshots keep the latest event by
// stamp (occurredAt, then eventId; see stampOf).

export type EqualAccessSnapshot = Record<EqualAccessFlag, boolean>;

export interface SchoolFact {
  brin: string;
  /** Month of the earliest SchoolRegistered (envelope occurredAt: the contract has no date); absent until one. */
  registeredMonth?: string;
  sector?: Sector;
  equalAccess?: EqualAccessSnapshot;
  /** Stamp of the profile held: the latest SchoolRegistered or SchoolProfileUpdated wins. */
  profileStamp?: string;
}

/** One school's participation in one activity in one school year, keyed `${brin}|${activity}|${schoolYear}`. */
export interface ParticipationFact {
  brin: string;
  activity: Activity;
  pillar: Pillar;
  schoolYear: string;
  /** From the earliest enrolment; before any enrolment, the smallest sector any participation event named. */
  sector?: Sector;
  /** Envelope occurredAt of the earliest SchoolEnrolled (the contract has no date). Absent: not a participant. */
  enrolledAt?: string;
  /** Stamp of that earliest enrolment, which also gives applicationId and sector. */
  enrolmentStamp?: string;
  applicationId?: string;
  /** The equal-access flags of the latest SchoolEnrolled (a snapshot the enrolment carries). */
  equalAccess?: EqualAccessSnapshot;
  equalAccessStamp?: string;
  /** Earliest withdrawnOn of SchoolWithdrew. */
  withdrawnOn?: string;
  /** completedOn and pupilDevelopmentImproved of the latest ParticipationCompleted. */
  completedOn?: string;
  pupilDevelopmentImproved?: boolean;
  completionStamp?: string;
  /** sustainableCulture and assessedOn of the latest SustainabilityAssessed (a reassessment replaces it). */
  sustainableCulture?: boolean;
  assessedOn?: string;
  assessmentStamp?: string;
}

export interface CoachFact {
  coachId: string;
  /** brin, activity and sector of the coach's first training: earliest trainedOn, then stamp. */
  brin: string;
  activity: Activity;
  sector: Sector;
  trainedOn: string;
  trainingStamp: string;
}

export interface InquiryFact {
  inquiryId: string;
  brin?: string;
  /** data.receivedAt of InquiryReceived (earliest). */
  receivedAt?: string;
  /** Earliest data.heldOn of ExploratoryConversationHeld. */
  conversationOn?: string;
  /** Envelope occurredAt of the earliest referral to activities (the contract has no date). */
  referredAt?: string;
  /** Every activity any referral to activities named, sorted (a union, so the order never matters). */
  referredActivities?: Activity[];
  /** data.closedOn and outcome of the latest InquiryClosed. */
  closedOn?: string;
  outcome?: InquiryOutcome;
  closedStamp?: string;
}

export interface IntakeFact {
  intakeId: string;
  brin: string;
  activity: Activity;
  outcome: IntakeOutcome;
  heldOn: string;
  inquiryId?: string;
  /** The latest IntakeCompleted of the intake wins. */
  stamp: string;
}

export interface ApplicationFact {
  applicationId: string;
  brin?: string;
  activity?: Activity;
  roundId?: string;
  schoolYear?: string;
  /** data.submittedAt of SubsidyApplicationSubmitted (earliest). */
  submittedAt?: string;
  /** data.decidedOn and grantedAmountCents of the latest SubsidyGranted. */
  grantedOn?: string;
  grantedCents?: number;
  grantStamp?: string;
  /** Earliest data.decidedOn of SubsidyRejected. */
  rejectedOn?: string;
  /** Earliest data.withdrawnOn of SubsidyApplicationWithdrawn. */
  withdrawnOn?: string;
}

export interface RoundFact {
  roundId: string;
  schoolYear: string;
  budgetCents: number;
  maxGrants: number;
  /** The latest SubsidyRoundOpened of the round wins. */
  stamp: string;
}

export interface MonitoringState {
  schools: Record<string, SchoolFact>;
  participations: Record<string, ParticipationFact>;
  coaches: Record<string, CoachFact>;
  inquiries: Record<string, InquiryFact>;
  intakes: Record<string, IntakeFact>;
  applications: Record<string, ApplicationFact>;
  rounds: Record<string, RoundFact>;
  /** Events the projection does not know, by `type@version`; the projection runner counts them (countIgnored). */
  ignored: Record<string, number>;
}

/** A state without any facts. */
export function emptyState(): MonitoringState {
  return {
    schools: {},
    participations: {},
    coaches: {},
    inquiries: {},
    intakes: {},
    applications: {},
    rounds: {},
    ignored: {},
  };
}

type Handler = (state: MonitoringState, event: ProjectedEvent) => boolean;

// Version 1 of each; SchoolProfileUpdated v1 carries the whole profile after the change, so it replaces the
// school's snapshot like a registration does.
const HANDLERS: Readonly<Record<string, Handler>> = {
  SchoolRegistered: applySchoolRegistered,
  SchoolProfileUpdated: applySchoolProfileUpdated,
  SchoolEnrolled: applySchoolEnrolled,
  SchoolWithdrew: applySchoolWithdrew,
  ParticipationCompleted: applyParticipationCompleted,
  SustainabilityAssessed: applySustainabilityAssessed,
  ExpertCoachTrained: applyExpertCoachTrained,
  InquiryReceived: applyInquiryReceived,
  ExploratoryConversationHeld: applyConversationHeld,
  InquiryReferred: applyInquiryReferred,
  InquiryClosed: applyInquiryClosed,
  IntakeCompleted: applyIntakeCompleted,
  SubsidyRoundOpened: applyRoundOpened,
  SubsidyApplicationSubmitted: applyApplicationSubmitted,
  SubsidyGranted: applySubsidyGranted,
  SubsidyRejected: applySubsidyRejected,
  SubsidyApplicationWithdrawn: applyApplicationWithdrawn,
};

/** A record of the state: the table it is in and its key there. */
export interface RecordRef {
  table: Exclude<keyof MonitoringState, 'ignored'>;
  key: string;
}

const participationOf = (data: unknown): RecordRef => {
  const { brin, activity, schoolYear } = data as { brin: string; activity: Activity; schoolYear: string };
  return { table: 'participations', key: participationKey(brin, activity, schoolYear) };
};
const byField =
  (table: RecordRef['table'], field: string) =>
  (data: unknown): RecordRef => ({ table, key: (data as Record<string, string>)[field] ?? '' });

// The record each projected event merges into, keyed as its handler keys it.
const RECORD_OF: Readonly<Record<string, (data: unknown) => RecordRef>> = {
  SchoolRegistered: byField('schools', 'brin'),
  SchoolProfileUpdated: byField('schools', 'brin'),
  SchoolEnrolled: participationOf,
  SchoolWithdrew: participationOf,
  ParticipationCompleted: participationOf,
  SustainabilityAssessed: participationOf,
  ExpertCoachTrained: byField('coaches', 'coachId'),
  InquiryReceived: byField('inquiries', 'inquiryId'),
  ExploratoryConversationHeld: byField('inquiries', 'inquiryId'),
  InquiryReferred: byField('inquiries', 'inquiryId'),
  InquiryClosed: byField('inquiries', 'inquiryId'),
  IntakeCompleted: byField('intakes', 'intakeId'),
  SubsidyRoundOpened: byField('rounds', 'roundId'),
  SubsidyApplicationSubmitted: byField('applications', 'applicationId'),
  SubsidyGranted: byField('applications', 'applicationId'),
  SubsidyRejected: byField('applications', 'applicationId'),
  SubsidyApplicationWithdrawn: byField('applications', 'applicationId'),
};

/** The record an event merges into (the one applyEvent may change); undefined for events it does not project. */
export function recordOf(event: ProjectedEvent): RecordRef | undefined {
  const keyOf =
    event.version === 1 && Object.hasOwn(RECORD_OF, event.type) ? RECORD_OF[event.type] : undefined;
  return keyOf?.(event.data);
}

/** The event types (version 1) the projection uses; any other type or version leaves the state unchanged. */
export const PROJECTED_EVENT_TYPES: readonly string[] = Object.freeze(Object.keys(HANDLERS));

/**
 * Whether the projection reads this version of a type it uses. A newer version of such a type (say SchoolEnrolled
 * v2) is not understood yet: the runner counts it as ignored rather than let it pass unnoticed.
 */
export function projectsVersion(type: string, version: number): boolean {
  return version === 1 && Object.hasOwn(HANDLERS, type);
}

/** Merges an event's facts into the state, in place; returns whether anything changed. */
export function applyEvent(state: MonitoringState, event: ProjectedEvent): boolean {
  const handler =
    event.version === 1 && Object.hasOwn(HANDLERS, event.type) ? HANDLERS[event.type] : undefined;
  return handler === undefined ? false : handler(state, event);
}

/** Counts an event the projection does not know; a counter, so the runner calls it once per eventId. */
export function countIgnored(state: MonitoringState, type: string, version: number): void {
  const key = `${type}@${version}`;
  state.ignored[key] = (state.ignored[key] ?? 0) + 1;
}

/** The key of a participation: one school, one activity, one school year. */
export function participationKey(brin: string, activity: Activity, schoolYear: string): string {
  return `${brin}|${activity}|${schoolYear}`;
}

// Schools

function applySchoolRegistered(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as SchoolRegisteredV1Data;
  return upsert(
    state.schools,
    data.brin,
    (): SchoolFact => ({ brin: data.brin }),
    (school) => {
      school.registeredMonth = earliest(school.registeredMonth, monthOf(normalisedMoment(event.occurredAt)));
      takeProfile(school, data, stampOf(event));
    },
  );
}

// Does not make a school registered: only SchoolRegistered does, so the registered population stays exact.
function applySchoolProfileUpdated(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as SchoolProfileUpdatedV1Data;
  return upsert(
    state.schools,
    data.brin,
    (): SchoolFact => ({ brin: data.brin }),
    (school) => takeProfile(school, data, stampOf(event)),
  );
}

function takeProfile(school: SchoolFact, data: SchoolRegisteredV1Data, stamp: string): void {
  if (!isLater(stamp, school.profileStamp)) return;
  school.sector = data.sector;
  school.equalAccess = snapshotOf(data.equalAccess);
  school.profileStamp = stamp;
}

// Participations

function applySchoolEnrolled(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as SchoolEnrolledV1Data;
  const stamp = stampOf(event);
  return upsertParticipation(state, data, (participation) => {
    if (isEarlier(stamp, participation.enrolmentStamp)) {
      participation.enrolledAt = normalisedMoment(event.occurredAt);
      participation.enrolmentStamp = stamp;
      participation.sector = data.sector;
      setOrDelete(participation, 'applicationId', data.applicationId);
    }
    if (isLater(stamp, participation.equalAccessStamp)) {
      participation.equalAccess = snapshotOf(data.equalAccess);
      participation.equalAccessStamp = stamp;
    }
  });
}

function applySchoolWithdrew(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as SchoolWithdrewV1Data;
  return upsertParticipation(state, data, (participation) => {
    takeSectorBeforeEnrolment(participation, data.sector);
    participation.withdrawnOn = earliest(participation.withdrawnOn, data.withdrawnOn);
  });
}

function applyParticipationCompleted(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as ParticipationCompletedV1Data;
  const stamp = stampOf(event);
  return upsertParticipation(state, data, (participation) => {
    takeSectorBeforeEnrolment(participation, data.sector);
    if (!isLater(stamp, participation.completionStamp)) return;
    participation.completedOn = data.completedOn;
    setOrDelete(participation, 'pupilDevelopmentImproved', data.pupilDevelopmentImproved);
    participation.completionStamp = stamp;
  });
}

function applySustainabilityAssessed(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as SustainabilityAssessedV1Data;
  const stamp = stampOf(event);
  return upsertParticipation(state, data, (participation) => {
    if (!isLater(stamp, participation.assessmentStamp)) return;
    participation.sustainableCulture = data.sustainableCulture;
    participation.assessedOn = data.assessedOn;
    participation.assessmentStamp = stamp;
  });
}

function upsertParticipation(
  state: MonitoringState,
  data: { brin: string; activity: Activity; schoolYear: string },
  merge: (participation: ParticipationFact) => void,
): boolean {
  const { brin, activity, schoolYear } = data;
  const create = (): ParticipationFact => ({
    brin,
    activity,
    pillar: PILLAR_OF_ACTIVITY[activity],
    schoolYear,
  });
  return upsert(state.participations, participationKey(brin, activity, schoolYear), create, merge);
}

// Once enrolled, the sector is the enrolment's; before that, the smallest named, whatever the order.
function takeSectorBeforeEnrolment(participation: ParticipationFact, sector: Sector): void {
  if (participation.enrolmentStamp === undefined)
    participation.sector = smallest(participation.sector, sector);
}

// Coaches

function applyExpertCoachTrained(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as ExpertCoachTrainedV1Data;
  const training: CoachFact = {
    coachId: data.coachId,
    brin: data.brin,
    activity: data.activity,
    sector: data.sector,
    trainedOn: data.trainedOn,
    trainingStamp: stampOf(event),
  };
  return upsert(
    state.coaches,
    data.coachId,
    () => training,
    (coach) => {
      if (`${training.trainedOn}|${training.trainingStamp}` < `${coach.trainedOn}|${coach.trainingStamp}`) {
        Object.assign(coach, training);
      }
    },
  );
}

// The help desk funnel

function applyInquiryReceived(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as InquiryReceivedV1Data;
  return upsertInquiry(state, data, (inquiry) => {
    inquiry.receivedAt = earliest(inquiry.receivedAt, normalisedMoment(data.receivedAt));
  });
}

function applyConversationHeld(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as ExploratoryConversationHeldV1Data;
  return upsertInquiry(state, data, (inquiry) => {
    inquiry.conversationOn = earliest(inquiry.conversationOn, data.heldOn);
  });
}

// Only referrals to activities feed a view; one outside the programme adds nothing but the BRIN.
function applyInquiryReferred(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as InquiryReferredV1Data;
  return upsertInquiry(state, data, (inquiry) => {
    if (data.referral !== 'activities') return;
    inquiry.referredAt = earliest(inquiry.referredAt, normalisedMoment(event.occurredAt));
    inquiry.referredActivities = [
      ...new Set([...(inquiry.referredActivities ?? []), ...data.activities]),
    ].sort();
  });
}

function applyInquiryClosed(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as InquiryClosedV1Data;
  const stamp = stampOf(event);
  return upsertInquiry(state, data, (inquiry) => {
    if (!isLater(stamp, inquiry.closedStamp)) return;
    inquiry.closedOn = data.closedOn;
    inquiry.outcome = data.outcome;
    inquiry.closedStamp = stamp;
  });
}

function upsertInquiry(
  state: MonitoringState,
  data: { inquiryId: string; brin?: string },
  merge: (inquiry: InquiryFact) => void,
): boolean {
  return upsert(
    state.inquiries,
    data.inquiryId,
    (): InquiryFact => ({ inquiryId: data.inquiryId }),
    (inquiry) => {
      if (data.brin !== undefined) inquiry.brin = smallest(inquiry.brin, data.brin);
      merge(inquiry);
    },
  );
}

function applyIntakeCompleted(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as IntakeCompletedV1Data;
  const intake: IntakeFact = {
    intakeId: data.intakeId,
    brin: data.brin,
    activity: data.activity,
    outcome: data.outcome,
    heldOn: data.heldOn,
    ...(data.inquiryId === undefined ? {} : { inquiryId: data.inquiryId }),
    stamp: stampOf(event),
  };
  return upsert(
    state.intakes,
    data.intakeId,
    () => intake,
    (current) => replaceIfLater(current, intake),
  );
}

// Subsidies

function applyRoundOpened(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as SubsidyRoundOpenedV1Data;
  const round: RoundFact = {
    roundId: data.roundId,
    schoolYear: data.schoolYear,
    budgetCents: data.budgetCents,
    maxGrants: data.maxGrants,
    stamp: stampOf(event),
  };
  return upsert(
    state.rounds,
    data.roundId,
    () => round,
    (current) => replaceIfLater(current, round),
  );
}

function applyApplicationSubmitted(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as SubsidyApplicationSubmittedV1Data;
  return upsertApplication(state, data, (application) => {
    application.submittedAt = earliest(application.submittedAt, normalisedMoment(data.submittedAt));
  });
}

function applySubsidyGranted(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as SubsidyGrantedV1Data;
  const stamp = stampOf(event);
  return upsertApplication(state, data, (application) => {
    if (!isLater(stamp, application.grantStamp)) return;
    application.grantedOn = data.decidedOn;
    application.grantedCents = data.grantedAmountCents;
    application.grantStamp = stamp;
  });
}

function applySubsidyRejected(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as SubsidyRejectedV1Data;
  return upsertApplication(state, data, (application) => {
    application.rejectedOn = earliest(application.rejectedOn, data.decidedOn);
  });
}

function applyApplicationWithdrawn(state: MonitoringState, event: ProjectedEvent): boolean {
  const data = event.data as SubsidyApplicationWithdrawnV1Data;
  return upsertApplication(state, data, (application) => {
    application.withdrawnOn = earliest(application.withdrawnOn, data.withdrawnOn);
  });
}

type ApplicationIdentity = Partial<Pick<ApplicationFact, 'brin' | 'activity' | 'roundId' | 'schoolYear'>>;

function upsertApplication(
  state: MonitoringState,
  data: ApplicationIdentity & { applicationId: string },
  merge: (application: ApplicationFact) => void,
): boolean {
  const create = (): ApplicationFact => ({ applicationId: data.applicationId });
  return upsert(state.applications, data.applicationId, create, (application) => {
    if (data.brin !== undefined) application.brin = smallest(application.brin, data.brin);
    if (data.activity !== undefined) application.activity = smallest(application.activity, data.activity);
    if (data.roundId !== undefined) application.roundId = smallest(application.roundId, data.roundId);
    if (data.schoolYear !== undefined)
      application.schoolYear = smallest(application.schoolYear, data.schoolYear);
    merge(application);
  });
}

// Merging

/** Creates or merges the record under `key`; whether it changed is decided by its JSON before and after. */
function upsert<T>(
  table: Record<string, T>,
  key: string,
  create: () => T,
  merge: (record: T) => void,
): boolean {
  const existing = table[key];
  if (existing === undefined) {
    const created = create();
    merge(created);
    table[key] = created;
    return true;
  }
  const before = JSON.stringify(existing);
  merge(existing);
  return JSON.stringify(existing) !== before;
}

function replaceIfLater<T extends { stamp: string }>(current: T, next: T): void {
  if (isLater(next.stamp, current.stamp)) Object.assign(current, next);
}

function isLater(stamp: string, current: string | undefined): boolean {
  return current === undefined || stamp > current;
}

function isEarlier(stamp: string, current: string | undefined): boolean {
  return current === undefined || stamp < current;
}

function earliest(current: string | undefined, next: string): string {
  return current === undefined || next < current ? next : current;
}

function smallest<T extends string>(current: T | undefined, next: T): T {
  return current === undefined || next < current ? next : current;
}

function setOrDelete<T extends object, K extends keyof T>(
  record: T,
  field: K,
  value: T[K] | undefined,
): void {
  if (value === undefined) delete record[field];
  else record[field] = value;
}

// Copies the four flags only: validated data may carry no other fields, but the state stays small regardless.
function snapshotOf(flags: EqualAccessSnapshot): EqualAccessSnapshot {
  return {
    weakPerforming: flags.weakPerforming,
    specialTargetGroups: flags.specialTargetGroups,
    specialisedEducation: flags.specialisedEducation,
    smallRegional: flags.smallRegional,
  };
}

// Checkpoints between full states

/** What changed in a state: the current value of each changed record, and the ignored counts. */
export interface StateChanges {
  records: Array<[RecordRef['table'], string, unknown]>;
  ignored: Record<string, number>;
}

/** The changes of the records named, as they are now (records are never removed, only merged into). */
export function changesOf(state: MonitoringState, changed: Iterable<RecordRef>): StateChanges {
  const records: StateChanges['records'] = [];
  for (const { table, key } of changed) {
    const record = state[table][key];
    if (record !== undefined) records.push([table, key, record]);
  }
  return { records, ignored: { ...state.ignored } };
}

/** Applies changes taken with changesOf to an older copy of the state, in place. */
export function applyChanges(state: MonitoringState, changes: StateChanges): void {
  for (const [table, key, record] of changes.records) {
    (state[table] as Record<string, unknown>)[key] = record;
  }
  state.ignored = { ...changes.ignored };
}
