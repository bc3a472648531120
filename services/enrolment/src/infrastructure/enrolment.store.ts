import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type Commit, CommitStore, pendingEvent } from '@okr/messaging';
import { SERVICE_CONFIG } from '@okr/service-kit';
import type { EnrolmentConfig } from '../config/enrolment.config';
import {
  contractOf,
  type Decision,
  type EnrolmentEvent,
  subjectOf,
} from '../domain/enrolment-event.value-object';

/** An aggregate as stored: its state, version and when it last changed. */
export interface Stored<S> {
  readonly stream: string;
  readonly version: number;
  readonly state: S;
  readonly changedAt: Date;
}

export interface Change {
  /** What is being done, for the audit trail: 'register-school', 'grant-application'… */
  readonly command: string;
  /** Who does it: the token subject. */
  readonly actor: string;
  readonly aggregateType: string;
  /** How often to decide again after losing a race; raise it for a stream many write at once (a round). */
  readonly maxAttempts?: number;
  /** The command nearly always creates the aggregate: decide on "new" first, without a lookup. */
  readonly expectNew?: boolean;
}

/**
 * The service's one way to load and change aggregates: a domain decide function runs on the current state,
 * and its state and events are committed together (libs/messaging's CommitStore). Domain events become
 * envelopes here, with the contract and subject the domain names.
 */
@Injectable()
export class EnrolmentStore implements OnModuleInit {
  constructor(
    private readonly commits: CommitStore,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    // Listing an aggregate type reads its commits; on MongoDB this index serves it.
    await this.commits.commits.createIndex(
      { aggregateType: 1, stream: 1, version: -1 },
      { name: 'aggregate_type_stream_version' },
    );
  }

  /**
   * Decides on the latest state of `stream` and commits the outcome; decides again after losing a race.
   * When `decide` returns nothing (nothing changes) the aggregate is returned as it is.
   */
  async change<S>(
    stream: string,
    change: Change,
    decide: (current: S | undefined) => Decision<S> | undefined | Promise<Decision<S> | undefined>,
  ): Promise<Stored<S>> {
    const commit = await this.commits.transact<S>(
      stream,
      change.aggregateType,
      async (current) => {
        const decision = await decide(current);
        if (!decision) return undefined;
        return {
          state: decision.state,
          events: decision.events.map((event: EnrolmentEvent) =>
            pendingEvent(contractOf(event), subjectOf(event), event.data),
          ),
        };
      },
      {
        actor: change.actor,
        command: change.command,
        ...(change.maxAttempts ? { maxAttempts: change.maxAttempts } : {}),
        ...(change.expectNew ? { expectNew: true } : {}),
      },
    );
    if (commit) return storedOf(commit);
    const unchanged = await this.load<S>(stream);
    if (!unchanged) throw new Error(`${stream} does not exist, yet nothing was decided for it`);
    return unchanged;
  }

  /** The aggregate as stored now, or undefined when it does not exist. */
  async load<S>(stream: string): Promise<Stored<S> | undefined> {
    const commit = await this.commits.latestState<S>(stream);
    return commit && storedOf(commit);
  }

  /**
   * A fact another command only reads (the school or round an application is for), possibly from memory
   * for up to REFERENCE_DATA_MAX_AGE_MS: a change committed by another replica within that time may go
   * unseen, as if the read had happened a moment earlier. Never use it for the stream being changed.
   */
  async loadReference<S>(stream: string): Promise<Stored<S> | undefined> {
    const commit = await this.commits.latestState<S>(stream, this.config.REFERENCE_DATA_MAX_AGE_MS);
    return commit && storedOf(commit);
  }

  /** Every version of a stream, oldest first: its audit trail. */
  async history<S>(stream: string): Promise<Commit<S>[]> {
    return this.commits.history<S>(stream);
  }

  /**
   * The latest state of every aggregate of a type, optionally narrowed by fields of the state that never
   * change (a brin, a round id), oldest first. Reads every commit of the type: fine for the help desk's
   * volumes (thousands), see docs/adr/0005.
   */
  async list<S>(aggregateType: string, fixedFields: Record<string, string> = {}): Promise<Stored<S>[]> {
    const filter = Object.fromEntries(
      Object.entries(fixedFields).map(([field, value]) => [`state.${field}`, value]),
    );
    const commits = (await this.commits.commits
      .find({ aggregateType, ...filter }, { projection: { events: 0 } })
      .toArray()) as Commit<S>[];
    const latest = new Map<string, Commit<S>>();
    for (const commit of commits) {
      const known = latest.get(commit.stream);
      if (!known || known.version < commit.version) latest.set(commit.stream, commit);
    }
    return [...latest.values()]
      .map(storedOf)
      .sort((first, second) => first.changedAt.getTime() - second.changedAt.getTime());
  }
}

function storedOf<S>(commit: Commit<S>): Stored<S> {
  return {
    stream: commit.stream,
    version: commit.version,
    state: commit.state,
    changedAt: commit.committedAt,
  };
}
