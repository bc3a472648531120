import type { ServiceDefinition } from '@okr/service-kit';
import { KnowledgeConfig } from './config/knowledge.config';
import { KNOWLEDGE_ERROR_STATUS } from './http-status-of-errors';
import { KnowledgeModule } from './knowledge.module';

export const knowledgeService: ServiceDefinition<KnowledgeConfig> = {
  name: 'knowledge',
  description:
    "The knowledge-sharing pillar (NRO): Onderwijskennis.nl's knowledge products with their review, versions, " +
    'evidence, search, ratings and use by schools; Kennisrotonde questions with priority for participating ' +
    'schools and a service norm; national congresses and other gatherings.',
  module: KnowledgeModule,
  config: KnowledgeConfig,
  defaultPort: 3002,
  domainErrorStatus: KNOWLEDGE_ERROR_STATUS,
};
