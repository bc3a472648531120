import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsBrin, SchoolProfile } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

// v2 adds the day of the registration, required: with v1 a consumer could only date it by when it was published.
export class SchoolRegisteredV2Data extends SchoolProfile {
  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the day the help desk registered the school, YYYY-MM-DD')
  @IsCalendarDate()
  registeredOn!: string;
}

export const SchoolRegisteredV2 = defineEvent({
  type: 'SchoolRegistered',
  version: 2,
  topic: TOPICS.enrolment,
  description:
    'The help desk registered a school on a day, with the facts the programme selects and reports on.',
  subject: 'BRIN of the school',
  dataClass: SchoolRegisteredV2Data,
});
