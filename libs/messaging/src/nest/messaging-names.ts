/** The Redis keys and channel of one service's messaging, under the deployment's own prefix (REDIS_KEY_PREFIX). */
export function messagingRedisKeys(prefix: string): { relayLease: string; outboxChannel: string } {
  return {
    relayLease: `${prefix}:outbox-relay-lease`,
    outboxChannel: `${prefix}:outbox`,
  };
}

/** The prefix of a service's Redis keys when REDIS_KEY_PREFIX is left empty. */
export function defaultRedisKeyPrefix(service: string): string {
  return `okr:${service}`;
}

/** The Kafka topic a contract's topic is published on and read from under a namespace (KAFKA_TOPIC_PREFIX). */
export function namespacedTopic(prefix: string, topic: string): string {
  return `${prefix}${topic}`;
}
