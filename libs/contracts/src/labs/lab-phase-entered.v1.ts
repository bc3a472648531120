import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { LAB_PHASES, type LabPhase } from './labs.value-object';

export class LabPhaseEnteredV1Data {
  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description('the phase the lab entered: pilot, design or impact-evaluation')
  @IsIn(LAB_PHASES)
  phase!: LabPhase;

  @Description('the day the lab entered the phase, YYYY-MM-DD')
  @IsCalendarDate()
  enteredOn!: string;

  @Description('the day the phase is planned to end, YYYY-MM-DD')
  @IsCalendarDate()
  plannedEndOn!: string;
}

export const LabPhaseEnteredV1 = defineEvent({
  type: 'LabPhaseEntered',
  version: 1,
  topic: TOPICS.labs,
  description: 'A lab entered one of its phases (pilot, design, impact evaluation), with its planned end.',
  subject: 'id of the lab',
  dataClass: LabPhaseEnteredV1Data,
});
