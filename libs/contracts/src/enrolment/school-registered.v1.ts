import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsBrin, SchoolProfile } from '../shared/school.value-object';
import { TOPICS } from '../topics';

// The profile fields are inherited; the JSON is the same as when they were declared here.
export class SchoolRegisteredV1Data extends SchoolProfile {
  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;
}

export const SchoolRegisteredV1 = defineEvent({
  type: 'SchoolRegistered',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'The help desk registered a school, with the facts the programme selects and reports on.',
  subject: 'BRIN of the school',
  dataClass: SchoolRegisteredV1Data,
});
