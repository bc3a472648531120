import {
  ExpertCoachTrainedV1,
  ExploratoryConversationHeldV1,
  InquiryClosedV1,
  InquiryReceivedV1,
  InquiryReferredV1,
  InquiryReferredV2,
  IntakeCompletedV1,
  ParticipationCompletedV1,
  SchoolEnrolledV1,
  SchoolEnrolledV2,
  SchoolProfileUpdatedV1,
  SchoolRegisteredV1,
  SchoolRegisteredV2,
  SchoolWithdrewV1,
  SubsidyApplicationResubmittedV1,
  SubsidyApplicationSubmittedV1,
  SubsidyApplicationWithdrawnV1,
  SubsidyGrantedV1,
  SubsidyInformationRequestedV1,
  SubsidyRejectedV1,
  SubsidyRoundOpenedV1,
  SustainabilityAssessedV1,
} from '../enrolment';
import {
  CongressHeldV1,
  InterventionAssessedV1,
  KennisrotondeAnswerPublishedV1,
  KennisrotondeQuestionAnsweredV1,
  KennisrotondeQuestionReceivedV1,
  KnowledgeProductPublishedV1,
  type KnowledgeProductPublishedV1Data,
  KnowledgeProductRatedV1,
  KnowledgeProductRetiredV1,
  KnowledgeProductRevisedV1,
  KnowledgeProductUsedV1,
  ROLE_GROUP_OF_RESPONDENT,
  type RespondentRole,
} from '../knowledge';
import type { EventContract } from '../event-contract';
import { PILLAR_OF_ACTIVITY, type Activity } from '../shared/programme.value-object';
import type { EqualAccessFlags, SchoolProfile } from '../shared/school.value-object';

// One builder per contract: valid data by default, any field overridden. Fields that depend on others follow
// the overrides (the pillar of the activity, a school name only for a school without a BRIN, the trajectory
// result only for a trajectory), so `exampleOf(SchoolEnrolledV2, { activity: 'taallab-participating' })` is
// valid as it is. A new contract or version needs a builder here; a test fails until it has one.

/** A UUID made from a number, so a test can name its ids: uuidOf(1) → '00000000-0000-4000-8000-000000000001'. */
export function uuidOf(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A valid BRIN made from a number 0-675 999: brinOf(0) → '00AA', brinOf(1) → '01AA', brinOf(100) → '00AB'. */
export function brinOf(n: number): string {
  const letters = Math.floor(n / 100);
  const letter = (index: number): string => String.fromCharCode(65 + index);
  return `${String(n % 100).padStart(2, '0')}${letter(Math.floor(letters / 26) % 26)}${letter(letters % 26)}`;
}

/** A school that meets none of the equal-access criteria. */
export const NO_EQUAL_ACCESS_FLAGS: Readonly<EqualAccessFlags> = Object.freeze({
  weakPerforming: false,
  specialTargetGroups: false,
  specialisedEducation: false,
  smallRegional: false,
});

/** Builds valid data of one contract, with the given fields instead of the defaults. */
export interface ExampleBuilder<T extends object> {
  readonly contract: EventContract<T>;
  build(overrides: Partial<T>): T;
}

// Two steps, so the contract fixes the data type before the defaults are read against it (in one call
// TypeScript would infer from the defaults too, and widen their codes to plain strings).
function example<T extends object>(
  contract: EventContract<T>,
): { defaults(defaults: (overrides: Partial<T>) => T): ExampleBuilder<T> } {
  return {
    defaults: (defaults) => ({
      contract,
      build: (overrides) => ({ ...defaults(overrides), ...overrides }),
    }),
  };
}

const BRIN = '12AB';
const INQUIRY_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e01';
const APPLICATION_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e02';
const ROUND_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e03';
const PARTICIPATION_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e04';
const INTAKE_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e05';
const COACH_ID = '9b2e4f6a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
const SCHOOL_YEAR = '2025-2026';
const PRODUCT_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e11';
const ASSESSMENT_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e12';
const RATING_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e13';
const USE_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e14';
const CASE_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e15';
const GATHERING_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e16';

/** A published theme page made with two teachers, a school leader and a researcher. */
function publishedProduct(): Omit<KnowledgeProductPublishedV1Data, 'revision' | 'publishedOn'> {
  return {
    productId: PRODUCT_ID,
    productType: 'theme-page',
    themes: ['woordenschat'],
    sectors: ['PO', 'VO'],
    pillarCodes: ['P3.A', 'P5.A'],
    coCreation: { teachers: 2, schoolLeaders: 1, teacherEducators: 0, researchers: 1 },
  };
}

function profile(): SchoolProfile {
  return {
    location: '01',
    name: 'De Regenboog',
    sector: 'PO',
    specialisedEducation: false,
    boardNumber: '41234',
    municipality: 'Utrecht',
    province: 'Utrecht',
    pupilCount: 312,
    equalAccess: { ...NO_EQUAL_ACCESS_FLAGS, weakPerforming: true },
    schoolWeight: 31.4,
  };
}

/** The activity of the overrides (or the default one) and the pillar it belongs to. */
function activityAndPillar(
  overrides: { activity?: Activity },
  byDefault: Activity = 'groeikracht',
): { activity: Activity; pillar: (typeof PILLAR_OF_ACTIVITY)[Activity] } {
  const activity = overrides.activity ?? byDefault;
  return { activity, pillar: PILLAR_OF_ACTIVITY[activity] };
}

/** Every contract's builder. */
export const EXAMPLE_BUILDERS = [
  example(SchoolRegisteredV1).defaults(() => ({ brin: BRIN, ...profile() })),
  example(SchoolRegisteredV2).defaults(() => ({ brin: BRIN, registeredOn: '2025-02-17', ...profile() })),
  example(SchoolProfileUpdatedV1).defaults(() => ({
    brin: BRIN,
    changedFields: ['pupilCount', 'equalAccess'],
    ...profile(),
  })),
  example(InquiryReceivedV1).defaults((overrides) => ({
    inquiryId: INQUIRY_ID,
    ...(overrides.brin === undefined ? { schoolName: 'Basisschool Het Anker' } : {}),
    channel: 'web-form',
    receivedAt: '2025-03-03T08:15:00Z',
    receivedOn: '2025-03-03',
  })),
  example(ExploratoryConversationHeldV1).defaults(() => ({
    inquiryId: INQUIRY_ID,
    brin: BRIN,
    heldOn: '2025-03-10',
  })),
  example(InquiryReferredV1).defaults((overrides) => ({
    inquiryId: INQUIRY_ID,
    brin: BRIN,
    referral: 'activities',
    activities: overrides.referral === 'outside-programme' ? [] : ['groeikracht', 'development-school'],
  })),
  example(InquiryReferredV2).defaults((overrides) => ({
    inquiryId: INQUIRY_ID,
    brin: BRIN,
    referral: 'activities',
    activities: overrides.referral === 'outside-programme' ? [] : ['groeikracht', 'development-school'],
    referredOn: '2025-03-11',
  })),
  example(InquiryClosedV1).defaults(() => ({
    inquiryId: INQUIRY_ID,
    brin: BRIN,
    closedOn: '2025-03-14',
    outcome: 'referred',
  })),
  example(IntakeCompletedV1).defaults((overrides) => ({
    intakeId: INTAKE_ID,
    brin: BRIN,
    ...activityAndPillar(overrides),
    outcome: 'fit',
    heldOn: '2025-04-02',
    inquiryId: INQUIRY_ID,
  })),
  example(SubsidyRoundOpenedV1).defaults(() => ({
    roundId: ROUND_ID,
    schoolYear: SCHOOL_YEAR,
    opensAt: '2025-04-01T07:00:00Z',
    closesAt: '2025-06-01T21:59:59Z',
    budgetCents: 1_250_000_000,
    maxGrants: 305,
    activityAmounts: [
      { activity: 'groeikracht', maxAmountCents: 5_000_000 },
      { activity: 'taallab-co-creating', maxAmountCents: 2_500_000 },
    ],
  })),
  example(SubsidyApplicationSubmittedV1).defaults((overrides) => ({
    applicationId: APPLICATION_ID,
    brin: BRIN,
    ...activityAndPillar(overrides),
    roundId: ROUND_ID,
    schoolYear: SCHOOL_YEAR,
    requestedAmountCents: 4_800_000,
    submittedAt: '2025-04-15T12:00:00.000Z',
    submittedOn: '2025-04-15',
    decisionDueOn: '2025-07-15',
  })),
  example(SubsidyInformationRequestedV1).defaults(() => ({
    applicationId: APPLICATION_ID,
    brin: BRIN,
    roundId: ROUND_ID,
    requestedOn: '2025-05-01',
  })),
  example(SubsidyApplicationResubmittedV1).defaults(() => ({
    applicationId: APPLICATION_ID,
    brin: BRIN,
    roundId: ROUND_ID,
    resubmittedOn: '2025-05-08',
    decisionDueOn: '2025-07-22',
  })),
  example(SubsidyGrantedV1).defaults((overrides) => ({
    applicationId: APPLICATION_ID,
    brin: BRIN,
    ...activityAndPillar(overrides),
    sector: 'PO',
    roundId: ROUND_ID,
    schoolYear: SCHOOL_YEAR,
    grantedAmountCents: 4_800_000,
    decidedOn: '2025-06-20',
  })),
  example(SubsidyRejectedV1).defaults(() => ({
    applicationId: APPLICATION_ID,
    brin: BRIN,
    activity: 'groeikracht',
    roundId: ROUND_ID,
    schoolYear: SCHOOL_YEAR,
    reasonCode: 'budget-exhausted',
    decidedOn: '2025-06-20',
  })),
  example(SubsidyApplicationWithdrawnV1).defaults(() => ({
    applicationId: APPLICATION_ID,
    brin: BRIN,
    roundId: ROUND_ID,
    withdrawnOn: '2025-05-20',
  })),
  example(SchoolEnrolledV1).defaults((overrides) => ({
    brin: BRIN,
    ...activityAndPillar(overrides),
    sector: 'PO',
    schoolYear: SCHOOL_YEAR,
    equalAccess: { ...NO_EQUAL_ACCESS_FLAGS, weakPerforming: true },
    applicationId: APPLICATION_ID,
    participationId: PARTICIPATION_ID,
    roundId: ROUND_ID,
  })),
  example(SchoolEnrolledV2).defaults((overrides) => ({
    brin: BRIN,
    ...activityAndPillar(overrides),
    sector: 'PO',
    schoolYear: SCHOOL_YEAR,
    enrolledOn: '2025-06-20',
    equalAccess: { ...NO_EQUAL_ACCESS_FLAGS, weakPerforming: true },
    participationId: PARTICIPATION_ID,
    applicationId: APPLICATION_ID,
    roundId: ROUND_ID,
  })),
  example(ParticipationCompletedV1).defaults((overrides) => {
    const { activity, pillar } = activityAndPillar(overrides);
    return {
      participationId: PARTICIPATION_ID,
      brin: BRIN,
      activity,
      pillar,
      sector: 'PO',
      schoolYear: SCHOOL_YEAR,
      completedOn: '2026-07-10',
      // Given exactly for an improvement-culture trajectory.
      ...(pillar === 'improvement-culture' ? { pupilDevelopmentImproved: true } : {}),
    };
  }),
  example(SustainabilityAssessedV1).defaults(() => ({
    participationId: PARTICIPATION_ID,
    brin: BRIN,
    activity: 'groeikracht',
    schoolYear: SCHOOL_YEAR,
    sustainableCulture: true,
    assessedOn: '2027-06-30',
  })),
  example(SchoolWithdrewV1).defaults((overrides) => ({
    participationId: PARTICIPATION_ID,
    brin: BRIN,
    ...activityAndPillar(overrides, 'taallab-participating'),
    sector: 'VO',
    schoolYear: SCHOOL_YEAR,
    reasonCode: 'leadership-change',
    withdrawnOn: '2025-11-03',
  })),
  example(ExpertCoachTrainedV1).defaults(() => ({
    participationId: PARTICIPATION_ID,
    brin: BRIN,
    activity: 'de-transformatieve-school',
    sector: 'VO',
    coachId: COACH_ID,
    trainedOn: '2025-12-12',
  })),
  // knowledge sharing
  example(KnowledgeProductPublishedV1).defaults(() => ({
    ...publishedProduct(),
    revision: 1,
    publishedOn: '2025-03-12',
  })),
  example(KnowledgeProductRevisedV1).defaults(() => ({
    ...publishedProduct(),
    revision: 2,
    revisedOn: '2025-09-01',
  })),
  example(KnowledgeProductRetiredV1).defaults(() => ({
    productId: PRODUCT_ID,
    productType: 'theme-page',
    revision: 2,
    reasonCode: 'superseded',
    retiredOn: '2026-02-02',
  })),
  example(InterventionAssessedV1).defaults(() => ({
    productId: PRODUCT_ID,
    assessmentId: ASSESSMENT_ID,
    evidenceLevel: 'promising',
    assessedOn: '2025-04-01',
    validUntil: '2030-04-01',
    assessorBody: 'nro-erkenningscommissie',
    effectSize: 0.21,
    targetGroup: 'pupils',
    sectors: ['PO'],
    costIndication: 'medium',
  })),
  example(KnowledgeProductRatedV1).defaults((overrides) => {
    const respondentRole: RespondentRole = overrides.respondentRole ?? 'teacher';
    return {
      ratingId: RATING_ID,
      productId: PRODUCT_ID,
      productType: 'guideline',
      respondentRole,
      roleGroup: ROLE_GROUP_OF_RESPONDENT[respondentRole],
      score: 8,
      ratedOn: '2025-05-20',
    };
  }),
  example(KnowledgeProductUsedV1).defaults(() => ({
    useId: USE_ID,
    productId: PRODUCT_ID,
    productType: 'intervention',
    brin: BRIN,
    sector: 'PO',
    source: 'trajectory',
    usedOn: '2025-06-10',
  })),
  example(KennisrotondeQuestionReceivedV1).defaults(() => ({
    caseId: CASE_ID,
    receivedOn: '2025-03-03',
    askerRole: 'teacher',
    brin: BRIN,
    priority: true,
  })),
  example(KennisrotondeQuestionAnsweredV1).defaults(() => ({
    caseId: CASE_ID,
    answeredOn: '2025-03-24',
    receivedOn: '2025-03-03',
    brin: BRIN,
    priority: true,
    workingDays: 15,
    withinNorm: true,
  })),
  example(KennisrotondeAnswerPublishedV1).defaults(() => ({
    caseId: CASE_ID,
    productId: PRODUCT_ID,
    publishedOn: '2025-04-02',
  })),
  example(CongressHeldV1).defaults(() => ({
    gatheringId: GATHERING_ID,
    kind: 'national-congress',
    heldOn: '2023-11-08',
    attendees: 900,
    averageRating: 8,
    themes: ['meertaligheid', 'woordenschat'],
  })),
] as const;

// Contract identity decides the data type: the builder registered for a contract builds that contract's data.
function isBuilderOf<T extends object>(
  builder: ExampleBuilder<object>,
  contract: EventContract<T>,
): builder is ExampleBuilder<T> {
  return builder.contract === contract;
}

/**
 * Valid data of `contract` with `overrides` instead of the defaults, e.g.
 * `exampleOf(SchoolEnrolledV2, { brin: '34CD', enrolledOn: '2025-03-10' })`. Overrides are not checked, so a test
 * can make invalid data on purpose. Throws for a contract without a builder.
 */
export function exampleOf<T extends object>(contract: EventContract<T>, overrides: Partial<T> = {}): T {
  const builders: readonly ExampleBuilder<object>[] = EXAMPLE_BUILDERS;
  const builder = builders.find((candidate) => isBuilderOf(candidate, contract));
  if (builder === undefined || !isBuilderOf(builder, contract)) {
    throw new Error(
      `No example builder for ${contract.type} v${contract.version}: add one to @okr/contracts/testing`,
    );
  }
  return builder.build(overrides);
}
