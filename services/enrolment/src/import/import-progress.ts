import { Inject, Injectable } from '@nestjs/common';
import { defaultRedisKeyPrefix } from '@okr/messaging';
import { RedisConnection, SERVICE_CONFIG, SERVICE_NAME } from '@okr/service-kit';
import type { EnrolmentConfig } from '../config/enrolment.config';
import type { RowError } from './import-rows';

export const IMPORT_STATES = ['running', 'finished', 'failed'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** Where an import stands: its rows counted by outcome, and every row's error with its line number. */
export interface ImportProgress {
  readonly importId: string;
  readonly dryRun: boolean;
  readonly state: ImportState;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly rows: {
    readonly total: number;
    readonly done: number;
    readonly created: number;
    readonly unchanged: number;
    readonly failed: number;
  };
  readonly errors: readonly RowError[];
  /** Errors beyond MAX_REPORTED_ERRORS, counted but not listed. */
  readonly errorsLeftOut: number;
  /** Why a failed import stopped (the database went away, the service stopped): re-run the file to finish. */
  readonly failure?: string;
}

/** How many row errors a report lists; a file with more has one mistake repeated, which these show. */
export const MAX_REPORTED_ERRORS = 1_000;

// A report outlives its import by a week: long enough to read, and nothing depends on it (docs/adr/0014).
const PROGRESS_TTL_SECONDS = 7 * 24 * 3600;

/**
 * The imports' progress in Redis under the service's prefix (REDIS_KEY_PREFIX). Only a report: what an
 * import did is in its commits, each keyed by its row, so losing a report loses no work (re-running the file
 * counts the rows done as unchanged).
 */
@Injectable()
export class ImportProgressStore {
  private readonly prefix: string;

  constructor(
    private readonly redis: RedisConnection,
    @Inject(SERVICE_CONFIG) config: EnrolmentConfig,
    @Inject(SERVICE_NAME) service: string,
  ) {
    this.prefix = `${config.REDIS_KEY_PREFIX ?? defaultRedisKeyPrefix(service)}:import`;
  }

  async save(progress: ImportProgress): Promise<void> {
    await this.redis.run((client) =>
      client.set(this.keyOf(progress.importId), JSON.stringify(progress), 'EX', PROGRESS_TTL_SECONDS),
    );
  }

  async find(importId: string): Promise<ImportProgress | undefined> {
    const stored = await this.redis.run((client) => client.get(this.keyOf(importId)));
    return stored === null ? undefined : (JSON.parse(stored) as ImportProgress);
  }

  private keyOf(importId: string): string {
    return `${this.prefix}:${importId}`;
  }
}
