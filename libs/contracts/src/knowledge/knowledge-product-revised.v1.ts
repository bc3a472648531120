import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { PublishedProductFacts } from './knowledge.value-object';

export class KnowledgeProductRevisedV1Data extends PublishedProductFacts {
  @Description('the day the revision replaced the published version, YYYY-MM-DD')
  @IsCalendarDate()
  revisedOn!: string;
}

export const KnowledgeProductRevisedV1 = defineEvent({
  type: 'KnowledgeProductRevised',
  version: 1,
  topic: TOPICS.knowledge,
  description: 'An approved revision of a published knowledge product replaced the version that was visible.',
  subject: 'id of the knowledge product',
  dataClass: KnowledgeProductRevisedV1Data,
});
