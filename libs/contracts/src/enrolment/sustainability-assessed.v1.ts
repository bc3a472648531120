import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import {
  IMPROVEMENT_CULTURE_ACTIVITIES,
  IsSchoolYear,
  type ImprovementCultureActivity,
} from '../shared/programme.value-object';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class SustainabilityAssessedV1Data {
  @Description('id of the participation (the trajectory) that was assessed')
  @IsUUID()
  participationId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the improvement-culture trajectory the school followed')
  @IsIn(IMPROVEMENT_CULTURE_ACTIVITIES)
  activity!: ImprovementCultureActivity;

  @Description('the school year of the trajectory, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('whether the school shows a sustainable research and improvement culture')
  @IsBoolean()
  sustainableCulture!: boolean;

  @Description('the day of the assessment, YYYY-MM-DD')
  @IsCalendarDate()
  assessedOn!: string;
}

export const SustainabilityAssessedV1 = defineEvent({
  type: 'SustainabilityAssessed',
  version: 1,
  topic: TOPICS.enrolment,
  description:
    "A school's research and improvement culture was assessed for sustainability after its trajectory.",
  subject: 'BRIN of the school',
  dataClass: SustainabilityAssessedV1Data,
});
