import { CongressHeldV1 } from './congress-held.v1';
import { InterventionAssessedV1 } from './intervention-assessed.v1';
import { KennisrotondeAnswerPublishedV1 } from './kennisrotonde-answer-published.v1';
import { KennisrotondeQuestionAnsweredV1 } from './kennisrotonde-question-answered.v1';
import { KennisrotondeQuestionReceivedV1 } from './kennisrotonde-question-received.v1';
import { KnowledgeProductPublishedV1 } from './knowledge-product-published.v1';
import { KnowledgeProductRatedV1 } from './knowledge-product-rated.v1';
import { KnowledgeProductRetiredV1 } from './knowledge-product-retired.v1';
import { KnowledgeProductRevisedV1 } from './knowledge-product-revised.v1';
import { KnowledgeProductUsedV1 } from './knowledge-product-used.v1';

/** The version of each knowledge event the knowledge service publishes now, by type. */
export const KNOWLEDGE_EVENTS = {
  // products
  KnowledgeProductPublished: KnowledgeProductPublishedV1,
  KnowledgeProductRevised: KnowledgeProductRevisedV1,
  KnowledgeProductRetired: KnowledgeProductRetiredV1,
  InterventionAssessed: InterventionAssessedV1,
  KnowledgeProductRated: KnowledgeProductRatedV1,
  KnowledgeProductUsed: KnowledgeProductUsedV1,
  // the Kennisrotonde
  KennisrotondeQuestionReceived: KennisrotondeQuestionReceivedV1,
  KennisrotondeQuestionAnswered: KennisrotondeQuestionAnsweredV1,
  KennisrotondeAnswerPublished: KennisrotondeAnswerPublishedV1,
  // gatherings
  CongressHeld: CongressHeldV1,
} as const;

/** Every version of every knowledge event. */
export const KNOWLEDGE_CONTRACTS = [...Object.values(KNOWLEDGE_EVENTS)] as const;
