import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import {
  KNOWLEDGE_PRODUCT_TYPES,
  RATING_ROLE_GROUPS,
  RESPONDENT_ROLES,
  type KnowledgeProductType,
  type RatingRoleGroup,
  type RespondentRole,
} from './knowledge.value-object';

export class KnowledgeProductRatedV1Data {
  @Description('id of this rating')
  @IsUUID()
  ratingId!: string;

  @Description('id of the rated knowledge product')
  @IsUUID()
  productId!: string;

  @Description('the kind of product rated')
  @IsIn(KNOWLEDGE_PRODUCT_TYPES)
  productType!: KnowledgeProductType;

  @Description('the role of the respondent')
  @IsIn(RESPONDENT_ROLES)
  respondentRole!: RespondentRole;

  @Description('the KPI group of that role: teachers and school leaders, or other professionals')
  @IsIn(RATING_ROLE_GROUPS)
  roleGroup!: RatingRoleGroup;

  @Description('the rating, a whole number from 1 to 10')
  @IsInt()
  @Min(1)
  @Max(10)
  score!: number;

  @Description('the day of the rating, YYYY-MM-DD')
  @IsCalendarDate()
  ratedOn!: string;
}

export const KnowledgeProductRatedV1 = defineEvent({
  type: 'KnowledgeProductRated',
  version: 1,
  topic: TOPICS.knowledge,
  description: 'A respondent of a role rated a knowledge product from 1 to 10.',
  subject: 'id of the knowledge product',
  dataClass: KnowledgeProductRatedV1Data,
});
