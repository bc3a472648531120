import { bootstrapService } from '@okr/service-kit';
import { enrolmentService } from './enrolment.definition';

void bootstrapService(enrolmentService);
