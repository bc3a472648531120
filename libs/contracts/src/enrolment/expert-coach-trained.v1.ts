import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import {
  IMPROVEMENT_CULTURE_ACTIVITIES,
  type ImprovementCultureActivity,
} from '../shared/programme.value-object';
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class ExpertCoachTrainedV1Data {
  @Description('id of the participation (the trajectory) the coach works in')
  @IsUUID()
  participationId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the improvement-culture trajectory the coach was trained for')
  @IsIn(IMPROVEMENT_CULTURE_ACTIVITIES)
  activity!: ImprovementCultureActivity;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('pseudonymous id of the coach (never a name): the same coach keeps the same id')
  @IsUUID()
  coachId!: string;

  @Description('the day the coach completed the training, YYYY-MM-DD')
  @IsCalendarDate()
  trainedOn!: string;
}

export const ExpertCoachTrainedV1 = defineEvent({
  type: 'ExpertCoachTrained',
  version: 1,
  topic: TOPICS.enrolment,
  description: "An expert coach of a school's improvement-culture trajectory completed the training.",
  subject: 'BRIN of the school',
  dataClass: ExpertCoachTrainedV1Data,
});
