import { bootstrapService } from '@okr/service-kit';
import { expertSchoolsService } from './expert-schools.definition';

void bootstrapService(expertSchoolsService);
