import { MessagingConfig } from '@okr/messaging';

/**
 * The labs service's settings: those of every service that publishes and consumes events (port, MongoDB,
 * Kafka, Redis, tokens, relay and consumer tuning). It has none of its own yet; every key is in .env.example.
 */
export class LabsConfig extends MessagingConfig {}
