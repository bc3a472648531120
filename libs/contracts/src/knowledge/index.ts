export { CongressHeldV1, CongressHeldV1Data } from './congress-held.v1';
export { InterventionAssessedV1, InterventionAssessedV1Data } from './intervention-assessed.v1';
export {
  KennisrotondeAnswerPublishedV1,
  KennisrotondeAnswerPublishedV1Data,
} from './kennisrotonde-answer-published.v1';
export {
  KennisrotondeQuestionAnsweredV1,
  KennisrotondeQuestionAnsweredV1Data,
} from './kennisrotonde-question-answered.v1';
export {
  KennisrotondeQuestionReceivedV1,
  KennisrotondeQuestionReceivedV1Data,
} from './kennisrotonde-question-received.v1';
export { KNOWLEDGE_CONTRACTS, KNOWLEDGE_EVENTS } from './knowledge-events';
export {
  KnowledgeProductPublishedV1,
  KnowledgeProductPublishedV1Data,
} from './knowledge-product-published.v1';
export { KnowledgeProductRatedV1, KnowledgeProductRatedV1Data } from './knowledge-product-rated.v1';
export { KnowledgeProductRetiredV1, KnowledgeProductRetiredV1Data } from './knowledge-product-retired.v1';
export { KnowledgeProductRevisedV1, KnowledgeProductRevisedV1Data } from './knowledge-product-revised.v1';
export { KnowledgeProductUsedV1, KnowledgeProductUsedV1Data } from './knowledge-product-used.v1';
export {
  ANSWER_OUTCOMES,
  ASKER_ROLES,
  CoCreationCounts,
  COST_INDICATIONS,
  EVIDENCE_LEVELS,
  GATHERING_KINDS,
  IsThemeCodes,
  KNOWLEDGE_PRODUCT_TYPES,
  KNOWLEDGE_SECTORS,
  madeWithPractitioners,
  PublishedProductFacts,
  RATING_ROLE_GROUPS,
  RESPONDENT_ROLES,
  RETIREMENT_REASON_CODES,
  ROLE_GROUP_OF_RESPONDENT,
  TARGET_GROUPS,
  THEME_PATTERN,
  USE_SOURCES,
  type AnswerOutcome,
  type AskerRole,
  type CostIndication,
  type EvidenceLevel,
  type GatheringKind,
  type KnowledgeProductType,
  type KnowledgeSector,
  type RatingRoleGroup,
  type RespondentRole,
  type RetirementReasonCode,
  type TargetGroup,
  type UseSource,
} from './knowledge.value-object';
