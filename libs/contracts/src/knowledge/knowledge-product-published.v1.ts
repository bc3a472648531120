import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { PublishedProductFacts } from './knowledge.value-object';

export class KnowledgeProductPublishedV1Data extends PublishedProductFacts {
  @Description('the day the product was first published, YYYY-MM-DD')
  @IsCalendarDate()
  publishedOn!: string;
}

export const KnowledgeProductPublishedV1 = defineEvent({
  type: 'KnowledgeProductPublished',
  version: 1,
  topic: TOPICS.knowledge,
  description: 'The quality committee approved a knowledge product and it was published for the first time.',
  subject: 'id of the knowledge product',
  dataClass: KnowledgeProductPublishedV1Data,
});
