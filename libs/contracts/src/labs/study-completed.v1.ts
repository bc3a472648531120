import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import {
  INTERVENTION_RESULTS,
  STUDY_KINDS,
  type InterventionResult,
  type StudyKind,
} from './labs.value-object';

export class StudyCompletedV1Data {
  @Description('id of the study')
  @IsUUID()
  studyId!: string;

  @Description('id of the sub-project whose Determine phase delivered it')
  @IsUUID()
  subProjectId!: string;

  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description('id of the intervention studied')
  @IsUUID()
  interventionId!: string;

  @Description('implementation or effect study')
  @IsIn(STUDY_KINDS)
  kind!: StudyKind;

  @Description('what the study found: effective, not-effective or inconclusive')
  @IsIn(INTERVENTION_RESULTS)
  outcome!: InterventionResult;

  @Description('the day the study was completed, YYYY-MM-DD')
  @IsCalendarDate()
  completedOn!: string;
}

export const StudyCompletedV1 = defineEvent({
  type: 'StudyCompleted',
  version: 1,
  topic: TOPICS.labs,
  description: 'A sub-project completed a study of the implementation or the effect of an intervention.',
  subject: 'id of the lab',
  dataClass: StudyCompletedV1Data,
});
