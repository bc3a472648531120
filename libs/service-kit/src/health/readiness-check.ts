import { SetMetadata } from '@nestjs/common';

export const READINESS_CHECK = 'okr:readiness-check';

/** A condition of a service's own that readiness waits on, besides MongoDB, Kafka and Redis. */
export interface ServiceReadiness {
  /** Resolves when ready; rejects with a message that says what is not. */
  check(): Promise<void>;
}

/**
 * Marks a provider implementing ServiceReadiness: `/health/ready` reports it under `name` and answers 503 while
 * it rejects (monitoring: no projector has run for too long).
 */
export const ReadinessCheck = (name: string): ClassDecorator => SetMetadata(READINESS_CHECK, name);
