import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Describe, IntFromText, ServiceKitConfig } from '@okr/service-kit';

/** The keys of every service that publishes or consumes events; a service's config class extends this one. */
export class MessagingConfig extends ServiceKitConfig {
  @Describe(
    'namespace put before every topic the service publishes, reads and dead-letters to, e.g. test.1a2b. for a test run; empty in a deployment',
  )
  @Matches(/^[A-Za-z0-9._-]{0,100}$/, {
    message: 'KAFKA_TOPIC_PREFIX holds letters, digits, ., _ and - (up to 100)',
  })
  KAFKA_TOPIC_PREFIX = '';

  @Describe(
    "prefix of the service's Redis keys and channels (relay lease, outbox signal); okr:<service> when empty, so two deployments sharing one Redis each need their own",
  )
  @IsOptional()
  @Matches(/^[A-Za-z0-9:_.-]+$/, {
    message: 'REDIS_KEY_PREFIX holds letters, digits, :, _, . and -',
  })
  REDIS_KEY_PREFIX?: string;

  @Describe('partitions of each topic the service creates at start-up (and of its .dlq twin)')
  @IntFromText()
  @IsInt()
  @Min(1)
  KAFKA_TOPIC_PARTITIONS = 3;

  @Describe('attempts a consumer gives a failing handler before dead-lettering the event')
  @IntFromText()
  @IsInt()
  @Min(1)
  @Max(20)
  CONSUMER_MAX_ATTEMPTS = 5;

  @Describe('milliseconds before the second attempt; doubles per attempt')
  @IntFromText()
  @IsInt()
  @Min(0)
  CONSUMER_BACKOFF_INITIAL_MS = 200;

  @Describe('longest wait between two attempts, in milliseconds')
  @IntFromText()
  @IsInt()
  @Min(0)
  CONSUMER_BACKOFF_MAX_MS = 5_000;

  @Describe('partitions a consumer works on at the same time (order holds within each)')
  @IntFromText()
  @IsInt()
  @Min(1)
  CONSUMER_PARTITIONS_CONCURRENTLY = 3;

  @Describe('most outbox commits the relay publishes in one round')
  @IntFromText()
  @IsInt()
  @Min(1)
  RELAY_BATCH_SIZE = 500;

  @Describe('longest pause of an idle relay between rounds when no commit signals it, in milliseconds')
  @IntFromText()
  @IsInt()
  @Min(50)
  RELAY_IDLE_POLL_MS = 2_000;

  @Describe('lease that lets one relay per service publish; another takes over this long after a crash (ms)')
  @IntFromText()
  @IsInt()
  @Min(1_000)
  RELAY_LEASE_MS = 10_000;

  @Describe(
    'milliseconds a fact another command reads (a school, round, intake) may be served from memory; a replica drops it when another announces a newer version (and drops all after a lost Redis connection), so this only bounds the unforeseen',
  )
  @IntFromText()
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  REFERENCE_DATA_MAX_AGE_MS = 300_000;
}
