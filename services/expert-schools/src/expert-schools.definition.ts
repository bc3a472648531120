import type { ServiceDefinition } from '@okr/service-kit';
import { ExpertSchoolsConfig } from './config/expert-schools.config';
import { ExpertSchoolsModule } from './expert-schools.module';
import { EXPERT_SCHOOLS_DOMAIN_ERROR_STATUS } from './http-status-of-errors';

export const expertSchoolsService: ServiceDefinition<ExpertSchoolsConfig> = {
  name: 'expert-schools',
  description:
    "The programme office's expert-schools pillar: aspirants from the help desk assessed, selected into a cohort " +
    'and certified (or dropped out) in their training year, hubs of 4-6 matched development schools and their ' +
    'learning tracks, courses and knowledge-sharing sessions, regional networks, yearly quality reviews, and a ' +
    'candidate finder over yearly results.',
  module: ExpertSchoolsModule,
  config: ExpertSchoolsConfig,
  defaultPort: 3004,
  domainErrorStatus: EXPERT_SCHOOLS_DOMAIN_ERROR_STATUS,
};
