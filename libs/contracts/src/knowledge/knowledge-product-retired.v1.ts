import { IsIn, IsInt, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import {
  KNOWLEDGE_PRODUCT_TYPES,
  RETIREMENT_REASON_CODES,
  type KnowledgeProductType,
  type RetirementReasonCode,
} from './knowledge.value-object';

export class KnowledgeProductRetiredV1Data {
  @Description('id of the knowledge product')
  @IsUUID()
  productId!: string;

  @Description('the kind of product')
  @IsIn(KNOWLEDGE_PRODUCT_TYPES)
  productType!: KnowledgeProductType;

  @Description('the published version that was taken offline')
  @IsInt()
  @Min(1)
  revision!: number;

  @Description('why the product was taken offline')
  @IsIn(RETIREMENT_REASON_CODES)
  reasonCode!: RetirementReasonCode;

  @Description('the day the product was taken offline, YYYY-MM-DD')
  @IsCalendarDate()
  retiredOn!: string;
}

export const KnowledgeProductRetiredV1 = defineEvent({
  type: 'KnowledgeProductRetired',
  version: 1,
  topic: TOPICS.knowledge,
  description: 'A published knowledge product was taken offline, with a reason code.',
  subject: 'id of the knowledge product',
  dataClass: KnowledgeProductRetiredV1Data,
});
