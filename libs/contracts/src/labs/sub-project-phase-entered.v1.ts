import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { FIVE_D_PHASES, type FiveDPhase } from './labs.value-object';

export class SubProjectPhaseEnteredV1Data {
  @Description('id of the sub-project')
  @IsUUID()
  subProjectId!: string;

  @Description('id of the lab the sub-project belongs to')
  @IsUUID()
  labId!: string;

  @Description('the 5D phase the sub-project left')
  @IsIn(FIVE_D_PHASES)
  fromPhase!: FiveDPhase;

  @Description('the 5D phase the sub-project entered; after Decide it may go back to an earlier one')
  @IsIn(FIVE_D_PHASES)
  phase!: FiveDPhase;

  @Description('the day the sub-project entered the phase, YYYY-MM-DD')
  @IsCalendarDate()
  enteredOn!: string;
}

export const SubProjectPhaseEnteredV1 = defineEvent({
  type: 'SubProjectPhaseEntered',
  version: 1,
  topic: TOPICS.labs,
  description:
    'A sub-project moved from one phase of the 5D model to another, with the deliverable of the first.',
  subject: 'id of the lab',
  dataClass: SubProjectPhaseEnteredV1Data,
});
