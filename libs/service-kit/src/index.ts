export {
  bootstrapService,
  createServiceApp,
  type CreateServiceAppOptions,
  type ServiceApp,
} from './bootstrap';
export { SERVICE_CONFIG, SERVICE_NAME, ServiceKitModule, type ServiceDefinition } from './service-kit.module';
export { ConfigValidationError, configKeys, loadConfig } from './config/load-config';
export { Describe } from './config/describe.decorator';
export { IntFromText } from './config/int-from-text';
export { ServiceKitConfig } from './config/service-kit.config';
export { CORRELATION_HEADER, LOGGER } from './logging/correlation.middleware';
export { createLogger, PinoNestLogger } from './logging/logger';
export { RequestContext } from './logging/request-context';
export { ProblemException, problemType, type FieldProblem, type ProblemDocument } from './http/problem';
export { type CodedError, type DomainErrorStatus } from './http/problem-details.filter';
export { createValidationPipe, toFieldProblems } from './http/validation.pipe';
export { NotAfterToday } from './http/not-after-today';
export { BODY_LIMIT_BYTES, RawBody } from './http/json-body';
export { Actor, actorOf } from './http/actor.decorator';
export { IDEMPOTENCY_HEADER, IdempotencyInterceptor } from './http/idempotency.interceptor';
export { IdempotencyRecords } from './http/idempotency-records';
export { type Page, pageOf, PageQuery, pageResponseOf, toBoolean } from './http/pagination';
export { API_BRIN, API_COUNT, API_DAY, API_MOMENT, API_UUID } from './http/api-formats';
export { FieldProblemSchema, ProblemDetails } from './http/problem-details.schema';
export { BrinParam, IdParam } from './http/params';
export { Clock, SystemClock } from './time/clock';
export { ReadinessCheck, type ServiceReadiness } from './health/readiness-check';
export { type AuthenticatedRequest, CurrentPrincipal, Public, Roles } from './auth/roles.decorator';
export { isRole, ROLES, SERVICES, type Principal, type Role, type ServiceName } from './auth/roles';
export { mintDevelopmentToken, type DevelopmentTokenRequest } from './auth/development-token';
export { InvalidTokenError, TokenVerifier, type TokenSettings } from './auth/token-verifier';
export { KafkaConnection, withTimeout } from './connections/kafka.connection';
export { RedisConnection } from './connections/redis.connection';
export { DependencyUnavailableError } from './http/dependency-unavailable';
export { Metrics } from './metrics/metrics';
export {
  activeTraceCarrier,
  activeTraceIds,
  traceContextOf,
  type TraceCarrier,
} from './telemetry/trace-context';
export { flushTraces } from './telemetry/flush';
