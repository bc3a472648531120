import { ArrayMinSize, ArrayUnique, IsArray, IsUUID, Matches } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { BRIN_PATTERN } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class PilotStartedV1Data {
  @Description('id of the pilot')
  @IsUUID()
  pilotId!: string;

  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description('id of the sub-project that designed the intervention')
  @IsUUID()
  subProjectId!: string;

  @Description('id of the intervention tried')
  @IsUUID()
  interventionId!: string;

  @Description('BRINs of the lab schools the pilot runs at')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @Matches(BRIN_PATTERN, { each: true, message: 'each value in $property must be a BRIN' })
  brins!: string[];

  @Description('the day the pilot started running, YYYY-MM-DD')
  @IsCalendarDate()
  startedOn!: string;
}

export const PilotStartedV1 = defineEvent({
  type: 'PilotStarted',
  version: 1,
  topic: TOPICS.labs,
  description: 'A pilot of a designed intervention started running at lab schools.',
  subject: 'id of the lab',
  dataClass: PilotStartedV1Data,
});
