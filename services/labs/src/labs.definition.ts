import type { ServiceDefinition } from '@okr/service-kit';
import { LabsConfig } from './config/labs.config';
import { LABS_ERROR_STATUS } from './http-status-of-errors';
import { LabsModule } from './labs.module';

export const labsService: ServiceDefinition<LabsConfig> = {
  name: 'labs',
  description:
    "The co-creation labs pillar (Education Lab's TaalLab, LerarenLab, …): labs and their phases, who takes part " +
    '(schools, teacher-training institutes, partners), sub-projects through the 5D model, pilots of designed ' +
    'interventions, thematic reports and lab days.',
  module: LabsModule,
  config: LabsConfig,
  defaultPort: 3003,
  domainErrorStatus: LABS_ERROR_STATUS,
};
