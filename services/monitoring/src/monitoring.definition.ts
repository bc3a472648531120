import type { ServiceDefinition } from '@okr/service-kit';
import { MonitoringConfig } from './config/monitoring.config';
import { MONITORING_ERROR_STATUS } from './http-status-of-errors';
import { MonitoringModule } from './monitoring.module';

export const monitoringService: ServiceDefinition<MonitoringConfig> = {
  name: 'monitoring',
  description:
    "The programme's KPIs against its targets, computed from every platform event: per sector, school year and " +
    'equal-access group, with monthly series, the help-desk funnel, equal access, subsidy rounds, a quarterly ' +
    'report, a live stream of changes, consumer lag, and blue/green rebuilds of the read models.',
  module: MonitoringModule,
  config: MonitoringConfig,
  defaultPort: 3005,
  domainErrorStatus: MONITORING_ERROR_STATUS,
};
