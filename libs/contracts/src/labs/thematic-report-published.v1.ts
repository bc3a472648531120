import { ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsPillarCode, type PillarCode } from '../shared/teaching-pillars.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class ThematicReportPublishedV1Data {
  @Description('id of the thematic report')
  @IsUUID()
  reportId!: string;

  @Description('id of the lab that published it')
  @IsUUID()
  labId!: string;

  @Description('ids of the diagnoses the report is about')
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  diagnosisIds!: string[];

  @Description('ids of the studied interventions the report is about')
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  interventionIds!: string[];

  @Description('the pillars of effective teaching the report is about; may be empty')
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  themes!: PillarCode[];

  @Description('the day the report was published, YYYY-MM-DD')
  @IsCalendarDate()
  publishedOn!: string;
}

export const ThematicReportPublishedV1 = defineEvent({
  type: 'ThematicReportPublished',
  version: 1,
  topic: TOPICS.labs,
  description: 'A lab published a thematic report about its diagnoses and studied interventions.',
  subject: 'id of the lab',
  dataClass: ThematicReportPublishedV1Data,
});
