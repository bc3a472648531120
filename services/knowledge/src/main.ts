import { bootstrapService } from '@okr/service-kit';
import { knowledgeService } from './knowledge.definition';

void bootstrapService(knowledgeService);
