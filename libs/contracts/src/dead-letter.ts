/** Kafka headers a consumer adds when it copies a message, unchanged, to the dead-letter topic. */
export const DEAD_LETTER_HEADERS = {
  reason: 'x-dlq-reason',
  detail: 'x-dlq-detail',
  topic: 'x-original-topic',
  partition: 'x-original-partition',
  offset: 'x-original-offset',
  group: 'x-consumer-group',
  attempts: 'x-attempts',
  failedAt: 'x-failed-at',
} as const;

/** Why a message was dead-lettered, in the order a consumer checks a message. */
export const DEAD_LETTER_REASONS = [
  'MALFORMED_ENVELOPE',
  'UNKNOWN_EVENT',
  'INVALID_DATA',
  'HANDLER_FAILED',
] as const;

export type DeadLetterReason = (typeof DEAD_LETTER_REASONS)[number];

// Kept next to the names so the AsyncAPI document cannot describe a header that no longer exists.
export const DEAD_LETTER_HEADER_MEANINGS: Readonly<Record<keyof typeof DEAD_LETTER_HEADERS, string>> = {
  reason: `why the message was dead-lettered: ${DEAD_LETTER_REASONS.join(', ')}`,
  detail: 'a human-readable explanation, e.g. the fields that failed validation or the handler error',
  topic: 'topic the message was consumed from',
  partition: 'partition the message was consumed from (decimal)',
  offset: 'offset of the message in that partition (decimal)',
  group: 'consumer group that gave up on the message',
  attempts: 'how many times the handler was tried (decimal)',
  failedAt: 'when the consumer gave up (ISO 8601 UTC)',
};
