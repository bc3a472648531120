import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import {
  GO_NO_GO_DECISIONS,
  GO_NO_GO_REASON_CODES,
  type GoNoGoDecision,
  type GoNoGoReasonCode,
} from './labs.value-object';

export class PilotGoNoGoDecidedV1Data {
  @Description('id of the pilot')
  @IsUUID()
  pilotId!: string;

  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description('id of the intervention tried')
  @IsUUID()
  interventionId!: string;

  @Description('go: on to a field experiment; no-go: not')
  @IsIn(GO_NO_GO_DECISIONS)
  decision!: GoNoGoDecision;

  @Description('why, as reason codes (at least one)')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(GO_NO_GO_REASON_CODES, { each: true })
  reasonCodes!: GoNoGoReasonCode[];

  @Description('the day of the decision, YYYY-MM-DD')
  @IsCalendarDate()
  decidedOn!: string;
}

export const PilotGoNoGoDecidedV1 = defineEvent({
  type: 'PilotGoNoGoDecided',
  version: 1,
  topic: TOPICS.labs,
  description: 'A running pilot got a go or a no-go for a field experiment, with reason codes.',
  subject: 'id of the lab',
  dataClass: PilotGoNoGoDecidedV1Data,
});
