import type { Commit } from '../outbox/commit';
import { type CommitStore, pendingEvent } from '../outbox/commit-store';
import type { Aggregates } from './aggregates';
import type { Decision } from './domain-event';
import type { Derive, ViewOf } from './held-states';
import type { KeptAggregates } from './kept-aggregates';
import { byChange, type Stored, storedOf } from './stored';

export type { Stored } from './stored';

/** Who changes an aggregate and how: for the audit trail, and for how hard to try. */
export interface Change {
  /** What is being done, for the audit trail: 'register-school', 'grant-application'… */
  readonly command: string;
  /** Who does it: the token subject. */
  readonly actor: string;
  /** How often to decide again after losing a race; raise it for a stream many write at once (a round). */
  readonly maxAttempts?: number;
  /** The command nearly always creates the aggregate: decide on "new" first, without a lookup. */
  readonly expectNew?: boolean;
  /** Set when the change is the effect of a consumed event (`event.idempotencyKey(stream)`): applied once. */
  readonly causationKey?: string;
}

/** A domain decide function: the next state and its events from the current state, or nothing to change. */
export type Decide<S> = (
  current: S | undefined,
) => Decision<S> | undefined | Promise<Decision<S> | undefined>;

export interface AggregateStoreSettings {
  /** How old a fact `loadReference` serves from memory may be (REFERENCE_DATA_MAX_AGE_MS); 0 to always look. */
  referenceMaxAgeMs: number;
}

/**
 * A service's one way to load and change its aggregates, over the commit store (docs/adr/0004, 0005): a domain
 * decide function runs on the current state, and the new state and its events are committed together. What
 * differs between services is configuration (`defineAggregates`), never a store class of their own.
 */
export class AggregateStore {
  constructor(
    private readonly commits: CommitStore,
    private readonly aggregates: Aggregates,
    private readonly settings: AggregateStoreSettings = { referenceMaxAgeMs: 0 },
    /** The states of the types configured `kept`, in memory (docs/adr/0013); without it every list reads commits. */
    private readonly kept?: KeptAggregates,
  ) {}

  /** Creates the index `list` reads by (MongoDB serves it; FerretDB reads the collection); safe at every start. */
  async ensureIndexes(): Promise<void> {
    await this.commits.commits.createIndex(
      { aggregateType: 1, stream: 1, version: -1 },
      { name: 'aggregate_type_stream_version' },
    );
  }

  /**
   * Decides on the latest state of `stream` and commits the outcome; decides again after losing a race.
   * When `decide` returns nothing (nothing changes) the aggregate is returned as it is.
   */
  async change<S>(stream: string, change: Change, decide: Decide<S>): Promise<Stored<S>> {
    const { type } = this.aggregates.typeOf(stream);
    const commit = await this.commits.transact<S>(
      stream,
      type.name,
      async (current) => {
        const decision = await decide(current);
        if (!decision) return undefined;
        return {
          state: decision.state,
          events: decision.events.map((event) => {
            const { contract, subject } = this.aggregates.publicationOf(event);
            return pendingEvent(contract, subject, event.data);
          }),
        };
      },
      {
        actor: change.actor,
        command: change.command,
        ...(change.causationKey ? { causationKey: change.causationKey } : {}),
        ...(change.maxAttempts ? { maxAttempts: change.maxAttempts } : {}),
        ...(change.expectNew ? { expectNew: true } : {}),
      },
    );
    if (commit) return storedOf(commit);
    // Nothing decided: the aggregate as it stands, or the type's not-found error when there is none.
    return this.require<S>(stream);
  }

  /** The aggregate as stored now, or undefined when it does not exist. */
  async load<S>(stream: string): Promise<Stored<S> | undefined> {
    const commit = await this.commits.latestState<S>(stream);
    return commit && storedOf(commit);
  }

  /** The aggregate as stored now; throws the not-found error its type names when it does not exist. */
  async require<S>(stream: string): Promise<Stored<S>> {
    return (await this.load<S>(stream)) ?? this.notFound(stream);
  }

  /**
   * The aggregate as a query shows it: for a kept type from memory, with every change this process made or
   * heard of (docs/adr/0013), without a lookup; otherwise as `load`. Never for a command's decision.
   */
  async held<S>(stream: string): Promise<Stored<S> | undefined> {
    const { type } = this.aggregates.typeOf(stream);
    if (this.kept?.held.holds(type.name)) return (await this.kept.current()).get<S>(type.name, stream);
    return this.load<S>(stream);
  }

  /** Like `held`, but throws the type's not-found error when the aggregate does not exist. */
  async requireHeld<S>(stream: string): Promise<Stored<S>> {
    return (await this.held<S>(stream)) ?? this.notFound(stream);
  }

  /**
   * A fact another command only reads (the school or round an application is for), possibly from memory
   * for up to `referenceMaxAgeMs`: a change committed by another replica within that time may go unseen, as
   * if the read had happened a moment earlier. Never use it for the stream being changed.
   */
  async loadReference<S>(stream: string): Promise<Stored<S> | undefined> {
    const commit = await this.commits.latestState<S>(stream, this.settings.referenceMaxAgeMs);
    return commit && storedOf(commit);
  }

  /** Like `loadReference`, but throws the type's not-found error when the fact does not exist. */
  async requireReference<S>(stream: string): Promise<Stored<S>> {
    return (await this.loadReference<S>(stream)) ?? this.notFound(stream);
  }

  /** Every version of a stream, oldest first, with who changed it how: its audit trail. */
  async history<S>(stream: string): Promise<Commit<S>[]> {
    return this.commits.history<S>(stream);
  }

  /**
   * The latest state of every aggregate of a type (its `name`), optionally narrowed by fields of the state
   * that never change (a brin, a round id), oldest first. A type configured `kept` is answered from memory,
   * after every change this process made or heard of (docs/adr/0013); any other reads every commit of the type,
   * fine for hundreds of aggregates (docs/adr/0005).
   */
  async list<S>(
    aggregateType: string,
    fixedFields: Readonly<Record<string, string>> = {},
  ): Promise<Stored<S>[]> {
    // A field that can change would find an aggregate by an older version that no longer has that value.
    const listedBy = this.aggregates.listedBy(aggregateType);
    const unlisted = Object.keys(fixedFields).filter((field) => !listedBy.includes(field));
    if (unlisted.length > 0) {
      throw new Error(
        `${aggregateType} is not listed by ${unlisted.join(', ')}; add it to listedBy if it never changes`,
      );
    }
    if (this.kept?.held.holds(aggregateType)) {
      return (await this.kept.current()).list<S>(aggregateType, fixedFields);
    }
    return this.scan<S>(aggregateType, fixedFields);
  }

  /**
   * A view derived from the latest state of every aggregate of a type (oldest first, as `list` gives them),
   * made once per change of the type when it is kept, so that a list endpoint filters and sorts only after a
   * change, not on every request. `key` names the view and whatever else it depends on (a day, a search);
   * `derive` must depend on nothing else, and may build on other views of the same states (`viewOf`). For a
   * type that is not kept it is derived on every call.
   */
  async view<S, V>(aggregateType: string, key: string, derive: Derive<S, V>): Promise<V> {
    if (this.kept?.held.holds(aggregateType)) {
      return (await this.kept.current()).view(aggregateType, key, derive);
    }
    const states = await this.list<S>(aggregateType);
    const viewOf: ViewOf<S> = (_key, deriveOther) => deriveOther(states, viewOf);
    return derive(states, viewOf);
  }

  /** The commit scan `list` does for a type that is not kept; public for comparison (benchmarks, tests). */
  async scan<S>(
    aggregateType: string,
    fixedFields: Readonly<Record<string, string>> = {},
  ): Promise<Stored<S>[]> {
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
    return [...latest.values()].map(storedOf).sort(byChange);
  }

  /**
   * Removes a field (e.g. 'state.contact') from every version of a stream, for the right to erasure: the one
   * change that is not a new commit. Idempotent; answers how many versions held it.
   */
  async redact(stream: string, field: string): Promise<number> {
    try {
      return await this.commits.redact(stream, field);
    } finally {
      // Also when it stopped halfway: what it did redact must not stay in memory.
      await this.kept?.rewritten(stream);
    }
  }

  /**
   * Rewrites the state of every version of a stream that `rewrite` changes (undefined: leave it), for the
   * right to erasure of free text: like `redact`, the one change that is not a new commit. Idempotent when
   * `rewrite` is; answers how many versions it rewrote.
   */
  async rewriteHistory<S>(
    stream: string,
    rewrite: (state: S) => S | undefined,
    what: string,
  ): Promise<number> {
    try {
      return await this.commits.rewriteStates(stream, rewrite, what);
    } finally {
      await this.kept?.rewritten(stream);
    }
  }

  private notFound(stream: string): never {
    const { type, id } = this.aggregates.typeOf(stream);
    throw type.notFound?.(id) ?? new Error(`no ${type.name} ${stream}`);
  }
}
