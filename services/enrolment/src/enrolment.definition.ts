import type { ServiceDefinition } from '@okr/service-kit';
import { EnrolmentConfig } from './config/enrolment.config';
import { EnrolmentModule } from './enrolment.module';
import { ENROLMENT_ERROR_STATUS } from './http-status-of-errors';
import { IMPORT_BODY_LIMIT_BYTES } from './import/imports.http.controller';

export const enrolmentService: ServiceDefinition<EnrolmentConfig> = {
  name: 'enrolment',
  description:
    "The programme's help desk (loket): schools, inquiries and exploratory conversations, intakes, the " +
    'activity catalogue, subsidy rounds and applications, and the participations a grant enrols a school in.',
  module: EnrolmentModule,
  config: EnrolmentConfig,
  defaultPort: 3001,
  domainErrorStatus: ENROLMENT_ERROR_STATUS,
  // A history file is far larger than any request body; only the import route takes one.
  bodyLimits: { '/imports': IMPORT_BODY_LIMIT_BYTES },
};
