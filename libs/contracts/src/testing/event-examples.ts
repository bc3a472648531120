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
  AspirantExpertSchoolDroppedOutV1,
  AspirantExpertSchoolSelectedV1,
  CourseGivenV1,
  DevelopmentSchoolJoinedHubV1,
  DevelopmentSchoolTrainedV1,
  ExpertSchoolCertifiedV1,
  ExpertSchoolQualityReviewedV1,
  HubFormedV1,
  RegionalNetworkFormedV1,
} from '../expert-schools';
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
import {
  DiagnosisDeliveredV1,
  InterventionDesignedV1,
  LabDayHeldV1,
  LabPhaseEnteredV1,
  LabSchoolJoinedV1,
  LabSchoolLeftV1,
  LabStartedV1,
  PilotCompletedV1,
  PilotFieldExperimentStartedV1,
  PilotGoNoGoDecidedV1,
  PilotStartedV1,
  StudyCompletedV1,
  SubProjectDecidedV1,
  SubProjectPhaseEnteredV1,
  SubProjectStartedV1,
  TeacherTrainingInstituteJoinedV1,
  TeacherTrainingInstituteLeftV1,
  ThematicReportPublishedV1,
} from '../labs';
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
const LAB_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e10';
const SUB_PROJECT_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e11';
const INTERVENTION_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e12';
const PILOT_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e13';
const INSTITUTE_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e14';
const DIAGNOSIS_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e15';
const ASPIRANT_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e11';
const DEVELOPMENT_SCHOOL_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e12';
const HUB_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e13';
const COURSE_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e14';
const NETWORK_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e15';
const REVIEW_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e16';
const LAB_INTERVENTION_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e17';
const DEVELOPMENT_BRIN = '34CD';
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
  // labs
  example(LabStartedV1).defaults(() => ({ labId: LAB_ID, labCode: 'taallab', startedOn: '2023-09-01' })),
  example(LabPhaseEnteredV1).defaults(() => ({
    labId: LAB_ID,
    phase: 'design',
    enteredOn: '2024-09-02',
    plannedEndOn: '2026-09-01',
  })),
  example(LabSchoolJoinedV1).defaults(() => ({
    labId: LAB_ID,
    brin: BRIN,
    role: 'co-creating',
    sector: 'PO',
    schoolYear: SCHOOL_YEAR,
    source: 'enrolment',
    joinedOn: '2025-09-01',
    participationId: PARTICIPATION_ID,
  })),
  example(LabSchoolLeftV1).defaults(() => ({
    labId: LAB_ID,
    brin: BRIN,
    role: 'co-creating',
    sector: 'PO',
    schoolYear: SCHOOL_YEAR,
    source: 'lab-team',
    leftOn: '2026-02-01',
  })),
  example(TeacherTrainingInstituteJoinedV1).defaults(() => ({
    labId: LAB_ID,
    instituteId: INSTITUTE_ID,
    joinedOn: '2024-01-15',
  })),
  example(TeacherTrainingInstituteLeftV1).defaults(() => ({
    labId: LAB_ID,
    instituteId: INSTITUTE_ID,
    leftOn: '2026-07-31',
  })),
  example(SubProjectStartedV1).defaults(() => ({
    subProjectId: SUB_PROJECT_ID,
    labId: LAB_ID,
    phase: 'detect',
    themes: ['P6.D'],
    startedOn: '2023-10-02',
  })),
  example(SubProjectPhaseEnteredV1).defaults(() => ({
    subProjectId: SUB_PROJECT_ID,
    labId: LAB_ID,
    fromPhase: 'detect',
    phase: 'diagnose',
    enteredOn: '2024-01-08',
  })),
  example(DiagnosisDeliveredV1).defaults(() => ({
    diagnosisId: DIAGNOSIS_ID,
    subProjectId: SUB_PROJECT_ID,
    labId: LAB_ID,
    themes: ['P6.D'],
    deliveredOn: '2024-04-15',
  })),
  example(InterventionDesignedV1).defaults(() => ({
    interventionId: INTERVENTION_ID,
    subProjectId: SUB_PROJECT_ID,
    labId: LAB_ID,
    labCode: 'taallab',
    sectors: ['PO'],
    themes: ['P6.D', 'P3.A'],
    designedOn: '2024-11-01',
  })),
  example(StudyCompletedV1).defaults(() => ({
    studyId: '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e16',
    subProjectId: SUB_PROJECT_ID,
    labId: LAB_ID,
    interventionId: INTERVENTION_ID,
    kind: 'effect',
    outcome: 'effective',
    completedOn: '2025-10-01',
  })),
  example(SubProjectDecidedV1).defaults(() => ({
    subProjectId: SUB_PROJECT_ID,
    labId: LAB_ID,
    decision: 'scale-up',
    decidedOn: '2025-12-01',
  })),
  example(PilotStartedV1).defaults(() => ({
    pilotId: PILOT_ID,
    labId: LAB_ID,
    subProjectId: SUB_PROJECT_ID,
    interventionId: INTERVENTION_ID,
    brins: [BRIN, '34CD'],
    startedOn: '2025-01-06',
  })),
  example(PilotGoNoGoDecidedV1).defaults(() => ({
    pilotId: PILOT_ID,
    labId: LAB_ID,
    interventionId: INTERVENTION_ID,
    decision: 'go',
    reasonCodes: ['promising-results', 'schools-committed'],
    decidedOn: '2025-06-30',
  })),
  example(PilotFieldExperimentStartedV1).defaults(() => ({
    pilotId: PILOT_ID,
    labId: LAB_ID,
    interventionId: INTERVENTION_ID,
    startedOn: '2025-09-01',
  })),
  example(PilotCompletedV1).defaults((overrides) => ({
    pilotId: PILOT_ID,
    labId: LAB_ID,
    labCode: 'taallab',
    subProjectId: SUB_PROJECT_ID,
    interventionId: INTERVENTION_ID,
    themes: ['P6.D'],
    schoolCount: 2,
    sectors: ['PO'],
    fieldExperiment: true,
    result: 'effective',
    // Required exactly when effective: a measured effect is what makes it so.
    ...((overrides.result ?? 'effective') === 'effective' ? { pupilResultsEffectSize: 0.21 } : {}),
    completedOn: '2026-06-30',
  })),
  example(ThematicReportPublishedV1).defaults(() => ({
    reportId: '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e17',
    labId: LAB_ID,
    diagnosisIds: [DIAGNOSIS_ID],
    interventionIds: [INTERVENTION_ID],
    themes: ['P6.D'],
    publishedOn: '2026-03-15',
  })),
  example(LabDayHeldV1).defaults(() => ({
    labDayId: '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e18',
    labId: LAB_ID,
    brins: [BRIN, '34CD'],
    heldOn: '2025-03-20',
  })),
  // expert schools
  example(AspirantExpertSchoolSelectedV1).defaults(() => ({
    aspirantId: ASPIRANT_ID,
    brin: BRIN,
    sector: 'PO',
    region: 'Utrecht',
    schoolType: 'bao',
    schoolYear: SCHOOL_YEAR,
    pillarCodes: ['P3.A', 'P4'],
    approachOrigin: 'proven-approach',
    selectedOn: '2025-09-15',
  })),
  example(AspirantExpertSchoolDroppedOutV1).defaults(() => ({
    aspirantId: ASPIRANT_ID,
    brin: BRIN,
    sector: 'PO',
    schoolYear: SCHOOL_YEAR,
    reasonCode: 'approach-not-transferable',
    droppedOutOn: '2026-03-02',
  })),
  example(ExpertSchoolCertifiedV1).defaults((overrides) => ({
    aspirantId: ASPIRANT_ID,
    brin: BRIN,
    sector: 'PO',
    region: 'Utrecht',
    schoolYear: SCHOOL_YEAR,
    pillarCodes: ['P3.A', 'P4'],
    approachOrigin: 'proven-approach',
    ...(overrides.approachOrigin === 'lab-intervention' ? { labInterventionId: LAB_INTERVENTION_ID } : {}),
    certifiedOn: '2026-06-30',
  })),
  example(HubFormedV1).defaults(() => ({
    hubId: HUB_ID,
    expertSchoolBrin: BRIN,
    sector: 'PO',
    region: 'Utrecht',
    schoolYear: '2026-2027',
    developmentSchoolCount: 4,
    formedOn: '2026-09-20',
  })),
  example(DevelopmentSchoolJoinedHubV1).defaults(() => ({
    hubId: HUB_ID,
    developmentSchoolId: DEVELOPMENT_SCHOOL_ID,
    brin: DEVELOPMENT_BRIN,
    sector: 'PO',
    expertSchoolBrin: BRIN,
    schoolYear: '2026-2027',
    joinedOn: '2026-09-01',
  })),
  example(DevelopmentSchoolTrainedV1).defaults(() => ({
    hubId: HUB_ID,
    developmentSchoolId: DEVELOPMENT_SCHOOL_ID,
    brin: DEVELOPMENT_BRIN,
    sector: 'PO',
    expertSchoolBrin: BRIN,
    schoolYear: '2026-2027',
    pillarCodes: ['P3.A'],
    approachOrigin: 'proven-approach',
    confidenceBefore: 5,
    confidenceAfter: 7,
    trainedOn: '2027-06-15',
  })),
  example(CourseGivenV1).defaults(() => ({
    courseId: COURSE_ID,
    expertSchoolBrin: BRIN,
    sector: 'PO',
    kind: 'learning-track',
    schoolYear: '2026-2027',
    participantsCount: 2,
    participantBrins: [DEVELOPMENT_BRIN, '56GH'],
    givenOn: '2027-03-10',
  })),
  example(RegionalNetworkFormedV1).defaults(() => ({
    networkId: NETWORK_ID,
    region: 'Utrecht',
    expertTeacherCount: 12,
    expertSchoolLeaderCount: 3,
    expertSchoolBrins: [BRIN],
    formedOn: '2026-10-01',
  })),
  example(ExpertSchoolQualityReviewedV1).defaults(() => ({
    reviewId: REVIEW_ID,
    brin: BRIN,
    sector: 'PO',
    schoolYear: '2026-2027',
    sustainablyHighQuality: true,
    reviewedOn: '2027-06-01',
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
