import { IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class TeacherTrainingInstituteLeftV1Data {
  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description('id of the teacher-training institute: the same in every lab it takes part in')
  @IsUUID()
  instituteId!: string;

  @Description('the day the institute left the lab, YYYY-MM-DD')
  @IsCalendarDate()
  leftOn!: string;
}

export const TeacherTrainingInstituteLeftV1 = defineEvent({
  type: 'TeacherTrainingInstituteLeft',
  version: 1,
  topic: TOPICS.labs,
  description: 'A teacher-training institute left a lab as partner.',
  subject: 'id of the lab',
  dataClass: TeacherTrainingInstituteLeftV1Data,
});
