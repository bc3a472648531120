import { bootstrapService } from '@okr/service-kit';
import { monitoringService } from './monitoring.definition';

void bootstrapService(monitoringService);
