import { ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import {
  IsBrin,
  SCHOOL_PROFILE_FIELDS,
  SchoolProfile,
  type SchoolProfileField,
} from '../shared/school.value-object';
import { TOPICS } from '../topics';

// The whole profile after the change, in the same fields as SchoolRegistered, so a consumer can replace its copy.
export class SchoolProfileUpdatedV1Data extends SchoolProfile {
  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('names of the profile fields that changed, e.g. pupilCount')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SCHOOL_PROFILE_FIELDS, { each: true })
  changedFields!: SchoolProfileField[];
}

export const SchoolProfileUpdatedV1 = defineEvent({
  type: 'SchoolProfileUpdated',
  version: 1,
  topic: TOPICS.enrolment,
  description:
    "The help desk updated a registered school's profile; the event carries the whole profile after the change.",
  subject: 'BRIN of the school',
  dataClass: SchoolProfileUpdatedV1Data,
});
