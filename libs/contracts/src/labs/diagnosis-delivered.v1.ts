import { ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsPillarCode, type PillarCode } from '../shared/teaching-pillars.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class DiagnosisDeliveredV1Data {
  @Description('id of the diagnosis')
  @IsUUID()
  diagnosisId!: string;

  @Description('id of the sub-project whose Diagnose phase delivered it')
  @IsUUID()
  subProjectId!: string;

  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description('the pillars of effective teaching the diagnosis is about; may be empty')
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  themes!: PillarCode[];

  @Description('the day the diagnosis was delivered, YYYY-MM-DD')
  @IsCalendarDate()
  deliveredOn!: string;
}

export const DiagnosisDeliveredV1 = defineEvent({
  type: 'DiagnosisDelivered',
  version: 1,
  topic: TOPICS.labs,
  description: 'A sub-project delivered a diagnosis (who has the problem, with which causes).',
  subject: 'id of the lab',
  dataClass: DiagnosisDeliveredV1Data,
});
