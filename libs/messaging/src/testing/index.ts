// What tests of any service need beside the in-process app helpers of @okr/service-kit/testing.
export {
  eventually,
  startProcess,
  startService,
  type EventuallyOptions,
  type StartedProcess,
  type StartedService,
} from '@okr/service-kit/testing';
export { testDatabase, testGroup, testRedisPrefix, testTopic, testTopicPrefix } from './test-names';
export {
  createTestTopics,
  decodeHeaders,
  deleteTestTopics,
  readTopic,
  testKafka,
  type ReadMessage,
} from './read-topic';
export { messagingTestEnv } from './messaging-test-env';
