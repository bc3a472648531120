import { IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class PilotFieldExperimentStartedV1Data {
  @Description('id of the pilot')
  @IsUUID()
  pilotId!: string;

  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description('id of the intervention tried')
  @IsUUID()
  interventionId!: string;

  @Description('the day the field experiment started, YYYY-MM-DD')
  @IsCalendarDate()
  startedOn!: string;
}

export const PilotFieldExperimentStartedV1 = defineEvent({
  type: 'PilotFieldExperimentStarted',
  version: 1,
  topic: TOPICS.labs,
  description: 'A pilot that got a go started its field experiment.',
  subject: 'id of the lab',
  dataClass: PilotFieldExperimentStartedV1Data,
});
