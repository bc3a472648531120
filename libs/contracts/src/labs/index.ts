export { DiagnosisDeliveredV1, DiagnosisDeliveredV1Data } from './diagnosis-delivered.v1';
export { InterventionDesignedV1, InterventionDesignedV1Data } from './intervention-designed.v1';
export { LabDayHeldV1, LabDayHeldV1Data } from './lab-day-held.v1';
export { LabPhaseEnteredV1, LabPhaseEnteredV1Data } from './lab-phase-entered.v1';
export { LabSchoolJoinedV1, LabSchoolJoinedV1Data } from './lab-school-joined.v1';
export { LabSchoolLeftV1, LabSchoolLeftV1Data } from './lab-school-left.v1';
export { LabStartedV1, LabStartedV1Data } from './lab-started.v1';
export {
  FIVE_D_PHASES,
  GO_NO_GO_DECISIONS,
  GO_NO_GO_REASON_CODES,
  INTERVENTION_RESULTS,
  isLabActivity,
  IsLabCode,
  LAB_CODE_PATTERN,
  LAB_OF_ACTIVITY,
  LAB_PHASES,
  LAB_SCHOOL_ROLES,
  LAB_SCHOOL_SOURCES,
  STUDY_KINDS,
  SUB_PROJECT_DECISIONS,
  type FiveDPhase,
  type GoNoGoDecision,
  type GoNoGoReasonCode,
  type InterventionResult,
  type LabActivity,
  type LabPhase,
  type LabSchoolRole,
  type LabSchoolSource,
  type StudyKind,
  type SubProjectDecision,
} from './labs.value-object';
export { LABS_CONTRACTS, LABS_EVENTS } from './labs-events';
export { PilotCompletedV1, PilotCompletedV1Data } from './pilot-completed.v1';
export {
  PilotFieldExperimentStartedV1,
  PilotFieldExperimentStartedV1Data,
} from './pilot-field-experiment-started.v1';
export { PilotGoNoGoDecidedV1, PilotGoNoGoDecidedV1Data } from './pilot-go-no-go-decided.v1';
export { PilotStartedV1, PilotStartedV1Data } from './pilot-started.v1';
export { StudyCompletedV1, StudyCompletedV1Data } from './study-completed.v1';
export { SubProjectDecidedV1, SubProjectDecidedV1Data } from './sub-project-decided.v1';
export { SubProjectPhaseEnteredV1, SubProjectPhaseEnteredV1Data } from './sub-project-phase-entered.v1';
export { SubProjectStartedV1, SubProjectStartedV1Data } from './sub-project-started.v1';
export {
  TeacherTrainingInstituteJoinedV1,
  TeacherTrainingInstituteJoinedV1Data,
} from './teacher-training-institute-joined.v1';
export {
  TeacherTrainingInstituteLeftV1,
  TeacherTrainingInstituteLeftV1Data,
} from './teacher-training-institute-left.v1';
export { ThematicReportPublishedV1, ThematicReportPublishedV1Data } from './thematic-report-published.v1';
