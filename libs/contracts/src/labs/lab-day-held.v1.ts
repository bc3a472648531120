import { ArrayUnique, IsArray, IsUUID, Matches } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { BRIN_PATTERN } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class LabDayHeldV1Data {
  @Description('id of the lab day')
  @IsUUID()
  labDayId!: string;

  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description('BRINs of the schools that attended')
  @IsArray()
  @ArrayUnique()
  @Matches(BRIN_PATTERN, { each: true, message: 'each value in $property must be a BRIN' })
  brins!: string[];

  @Description('the day the lab day was held, YYYY-MM-DD')
  @IsCalendarDate()
  heldOn!: string;
}

export const LabDayHeldV1 = defineEvent({
  type: 'LabDayHeld',
  version: 1,
  topic: TOPICS.labs,
  description: 'A lab held a lab day, attended by the schools named.',
  subject: 'id of the lab',
  dataClass: LabDayHeldV1Data,
});
