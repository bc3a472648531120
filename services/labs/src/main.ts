import { bootstrapService } from '@okr/service-kit';
import { labsService } from './labs.definition';

void bootstrapService(labsService);
