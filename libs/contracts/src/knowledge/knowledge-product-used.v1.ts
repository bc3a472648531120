import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import {
  KNOWLEDGE_PRODUCT_TYPES,
  USE_SOURCES,
  type KnowledgeProductType,
  type UseSource,
} from './knowledge.value-object';

export class KnowledgeProductUsedV1Data {
  @Description('id of this recorded use')
  @IsUUID()
  useId!: string;

  @Description('id of the knowledge product used')
  @IsUUID()
  productId!: string;

  @Description('the kind of product used (an intervention counts for the improvement-culture KPI)')
  @IsIn(KNOWLEDGE_PRODUCT_TYPES)
  productType!: KnowledgeProductType;

  @Description('BRIN of the school that used it effectively')
  @IsBrin()
  brin!: string;

  @Description('PO or VO, when known')
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @Description('how the use became known: survey, trajectory, lab or expert school')
  @IsIn(USE_SOURCES)
  source!: UseSource;

  @Description('the day the school used the product, YYYY-MM-DD')
  @IsCalendarDate()
  usedOn!: string;
}

export const KnowledgeProductUsedV1 = defineEvent({
  type: 'KnowledgeProductUsed',
  version: 1,
  topic: TOPICS.knowledge,
  description:
    'A school used a knowledge product effectively on a day, as a survey, trajectory, lab or expert school found.',
  subject: 'BRIN of the school',
  dataClass: KnowledgeProductUsedV1Data,
});
