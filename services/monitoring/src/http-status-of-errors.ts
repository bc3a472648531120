import type { DomainErrorStatus } from '@okr/service-kit';

/** Every error code of the service and its HTTP status, in one place. */
export const MONITORING_ERROR_STATUS: DomainErrorStatus = {
  'KPI.NOT_FOUND': 404,
  'REBUILD.IN_PROGRESS': 409,
  'VIEWS.NOT_READY': 503,
};
