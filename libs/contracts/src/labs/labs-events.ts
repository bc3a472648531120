import { DiagnosisDeliveredV1 } from './diagnosis-delivered.v1';
import { InterventionDesignedV1 } from './intervention-designed.v1';
import { LabDayHeldV1 } from './lab-day-held.v1';
import { LabPhaseEnteredV1 } from './lab-phase-entered.v1';
import { LabSchoolJoinedV1 } from './lab-school-joined.v1';
import { LabSchoolLeftV1 } from './lab-school-left.v1';
import { LabStartedV1 } from './lab-started.v1';
import { PilotCompletedV1 } from './pilot-completed.v1';
import { PilotFieldExperimentStartedV1 } from './pilot-field-experiment-started.v1';
import { PilotGoNoGoDecidedV1 } from './pilot-go-no-go-decided.v1';
import { PilotStartedV1 } from './pilot-started.v1';
import { StudyCompletedV1 } from './study-completed.v1';
import { SubProjectDecidedV1 } from './sub-project-decided.v1';
import { SubProjectPhaseEnteredV1 } from './sub-project-phase-entered.v1';
import { SubProjectStartedV1 } from './sub-project-started.v1';
import { TeacherTrainingInstituteJoinedV1 } from './teacher-training-institute-joined.v1';
import { TeacherTrainingInstituteLeftV1 } from './teacher-training-institute-left.v1';
import { ThematicReportPublishedV1 } from './thematic-report-published.v1';

/** The version of each labs event the labs service publishes now, by type. */
export const LABS_EVENTS = {
  // labs, their phases, who takes part
  LabStarted: LabStartedV1,
  LabPhaseEntered: LabPhaseEnteredV1,
  LabSchoolJoined: LabSchoolJoinedV1,
  LabSchoolLeft: LabSchoolLeftV1,
  TeacherTrainingInstituteJoined: TeacherTrainingInstituteJoinedV1,
  TeacherTrainingInstituteLeft: TeacherTrainingInstituteLeftV1,
  // sub-projects through the 5D model and their deliverables
  SubProjectStarted: SubProjectStartedV1,
  SubProjectPhaseEntered: SubProjectPhaseEnteredV1,
  DiagnosisDelivered: DiagnosisDeliveredV1,
  InterventionDesigned: InterventionDesignedV1,
  StudyCompleted: StudyCompletedV1,
  SubProjectDecided: SubProjectDecidedV1,
  // pilots
  PilotStarted: PilotStartedV1,
  PilotGoNoGoDecided: PilotGoNoGoDecidedV1,
  PilotFieldExperimentStarted: PilotFieldExperimentStartedV1,
  PilotCompleted: PilotCompletedV1,
  // what a lab shares
  ThematicReportPublished: ThematicReportPublishedV1,
  LabDayHeld: LabDayHeldV1,
} as const;

/** Every version of every labs event. */
export const LABS_CONTRACTS = [...Object.values(LABS_EVENTS)] as const;
