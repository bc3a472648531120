import { IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { IsLabCode } from './labs.value-object';

export class LabStartedV1Data {
  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description("the lab's code, e.g. taallab or lerarenlab; enrolment activities name labs by it")
  @IsLabCode()
  labCode!: string;

  @Description('the day the lab started (and entered its pilot phase), YYYY-MM-DD')
  @IsCalendarDate()
  startedOn!: string;
}

export const LabStartedV1 = defineEvent({
  type: 'LabStarted',
  version: 1,
  topic: TOPICS.labs,
  description: 'A co-creation lab started, in its pilot phase.',
  subject: 'id of the lab',
  dataClass: LabStartedV1Data,
});
