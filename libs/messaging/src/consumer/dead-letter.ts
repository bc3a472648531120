import { DEAD_LETTER_HEADERS, type DeadLetterReason, deadLetterTopicOf } from '@okr/contracts';
import type { IncomingMessage, OutgoingMessage } from '../ports/message-bus.port';

export interface DeadLetter {
  reason: DeadLetterReason;
  detail: string;
  attempts: number;
}

/** The original message, unchanged, on `<topic>.dlq`, with headers saying why and where it came from. */
export function deadLetterMessage(
  message: IncomingMessage,
  consumerGroup: string,
  letter: DeadLetter,
): OutgoingMessage {
  return {
    topic: deadLetterTopicOf(message.topic),
    key: message.key,
    value: message.value,
    headers: {
      ...message.headers,
      [DEAD_LETTER_HEADERS.reason]: letter.reason,
      // Header values travel in every fetch; a stack trace does not belong there.
      [DEAD_LETTER_HEADERS.detail]: letter.detail.slice(0, 1_000),
      [DEAD_LETTER_HEADERS.topic]: message.topic,
      [DEAD_LETTER_HEADERS.partition]: String(message.partition),
      [DEAD_LETTER_HEADERS.offset]: message.offset,
      [DEAD_LETTER_HEADERS.group]: consumerGroup,
      [DEAD_LETTER_HEADERS.attempts]: String(letter.attempts),
      [DEAD_LETTER_HEADERS.failedAt]: new Date().toISOString(),
    },
  };
}
