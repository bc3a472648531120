import { IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class KennisrotondeAnswerPublishedV1Data {
  @Description('id of the Kennisrotonde case')
  @IsUUID()
  caseId!: string;

  @Description('id of the knowledge product (type kennisrotonde-answer) drafted from the answer')
  @IsUUID()
  productId!: string;

  @Description('the day the answer was handed to the editors for publication, YYYY-MM-DD')
  @IsCalendarDate()
  publishedOn!: string;
}

export const KennisrotondeAnswerPublishedV1 = defineEvent({
  type: 'KennisrotondeAnswerPublished',
  version: 1,
  topic: TOPICS.knowledge,
  description:
    'An answer of the Kennisrotonde was chosen for publication and became a knowledge product of its own.',
  subject: 'id of the Kennisrotonde case',
  dataClass: KennisrotondeAnswerPublishedV1Data,
});
