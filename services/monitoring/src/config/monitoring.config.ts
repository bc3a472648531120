import { Describe, IntFromText, ServiceKitConfig } from '@okr/service-kit';
import { IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';

/** The monitoring service's settings; every key is documented in .env.example. */
export class MonitoringConfig extends ServiceKitConfig {
  @Describe(
    'regular expression of the topics whose events feed the read models; a new pillar topic that matches is picked up at the next topic scan (dead-letter topics, ending in .dlq, never are)',
  )
  @IsString()
  @MinLength(1)
  MONITORING_TOPIC_PATTERN = '^okr\\.[a-z][a-z0-9-]*\\.v[0-9]+$';

  @Describe('milliseconds between scans for new topics that match MONITORING_TOPIC_PATTERN')
  @IntFromText()
  @IsInt()
  @Min(1_000)
  MONITORING_TOPIC_SCAN_MS = 30_000;

  @Describe('prefix of every Redis key and channel of the service (cache, lease, live stream, lag)')
  @Matches(/^[a-z0-9:_-]+$/, {
    message: 'MONITORING_REDIS_PREFIX holds lower-case letters, digits, :, _ and -',
  })
  MONITORING_REDIS_PREFIX = 'okr:monitoring';

  @Describe(
    'milliseconds between publications of changed views: the longest a processed event waits before the API shows it',
  )
  @IntFromText()
  @IsInt()
  @Min(10)
  @Max(10_000)
  MONITORING_VIEW_FLUSH_MS = 100;

  @Describe(
    'milliseconds between checkpoints (the read model state and its positions, written together); a restart re-reads at most this much',
  )
  @IntFromText()
  @IsInt()
  @Min(100)
  MONITORING_CHECKPOINT_INTERVAL_MS = 5_000;

  @Describe(
    'milliseconds the projector lease lasts without renewal: the longest another replica waits after a crash',
  )
  @IntFromText()
  @IsInt()
  @Min(1_000)
  MONITORING_LEASE_MS = 10_000;

  @Describe('milliseconds between measurements of consumer lag (for /health/lag and /metrics)')
  @IntFromText()
  @IsInt()
  @Min(100)
  MONITORING_LAG_INTERVAL_MS = 1_000;

  @Describe(
    'milliseconds without a running projector (on any replica) after which /health/ready answers 503; also the grace after start',
  )
  @IntFromText()
  @IsInt()
  @Min(1_000)
  MONITORING_PROJECTOR_STALL_MS = 60_000;

  @Describe('seconds a view stays in the Redis cache; a changed view replaces its cache entry at once')
  @IntFromText()
  @IsInt()
  @Min(1)
  MONITORING_CACHE_TTL_SECONDS = 300;
}
