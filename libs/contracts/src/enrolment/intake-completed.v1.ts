import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import {
  ACTIVITIES,
  IsPillarOfActivity,
  PILLARS,
  type Activity,
  type Pillar,
} from '../shared/programme.value-object';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { INTAKE_OUTCOMES, type IntakeOutcome } from './enrolment.value-object';

// The notes of the intake stay in the enrolment service.
export class IntakeCompletedV1Data {
  @Description('id of the intake')
  @IsUUID()
  intakeId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the activity the intake was for')
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @Description('the pillar the activity belongs to')
  @IsIn(PILLARS)
  @IsPillarOfActivity()
  pillar!: Pillar;

  @Description('whether the pillar found the activity fits the school')
  @IsIn(INTAKE_OUTCOMES)
  outcome!: IntakeOutcome;

  @Description('the day the (last) intake conversation was held, YYYY-MM-DD')
  @IsCalendarDate()
  heldOn!: string;

  @Description('the inquiry the intake came from, if any')
  @IsOptional()
  @IsUUID()
  inquiryId?: string;
}

export const IntakeCompletedV1 = defineEvent({
  type: 'IntakeCompleted',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'A pillar completed the intake of a school for an activity and found it a fit or not.',
  subject: 'BRIN of the school',
  dataClass: IntakeCompletedV1Data,
});
