export { testEnv, uniqueName } from './test-env';
export { tokenFor, TEST_JWT_SECRET } from './tokens';
export { freePort, startRedisServer, type RedisServer } from './redis-server';
export { startTcpProxy, type TcpProxy } from './tcp-proxy';
export { captureLogs, type CapturedLogs } from './capture-logs';
export { callerFor, type Caller } from './caller';
export { FixedClock, ShiftedClock } from './fixed-clock';
export { eventually, type EventuallyOptions } from './eventually';
export { startProcess, startService, type StartedProcess, type StartedService } from './child-process';
export {
  assertNoFuzzFailures,
  describeFuzzReport,
  FUZZ_CHECKS,
  fuzzOpenApi,
  type OpenApiFuzzOptions,
  type OpenApiFuzzReport,
} from './openapi-fuzz';
export {
  type AnsweredRequest,
  conformanceTo,
  type OpenApiConformance,
  openApiConformanceOf,
} from './openapi-conformance';
