import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { SUB_PROJECT_DECISIONS, type SubProjectDecision } from './labs.value-object';

export class SubProjectDecidedV1Data {
  @Description('id of the sub-project')
  @IsUUID()
  subProjectId!: string;

  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description('what the Decide phase concluded: scale-up, adjust (back to an earlier phase) or stop')
  @IsIn(SUB_PROJECT_DECISIONS)
  decision!: SubProjectDecision;

  @Description('the day of the decision, YYYY-MM-DD')
  @IsCalendarDate()
  decidedOn!: string;
}

export const SubProjectDecidedV1 = defineEvent({
  type: 'SubProjectDecided',
  version: 1,
  topic: TOPICS.labs,
  description: 'The Decide phase of a sub-project concluded: scale up, adjust or stop.',
  subject: 'id of the lab',
  dataClass: SubProjectDecidedV1Data,
});
