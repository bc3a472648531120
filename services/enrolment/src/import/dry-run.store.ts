import {
  AggregateStore,
  AlreadyAppliedError,
  commitId,
  type Aggregates,
  type Change,
  type Commit,
  type CommitStore,
  type Decide,
  type Stored,
} from '@okr/messaging';

/**
 * An AggregateStore that decides exactly as the real one but keeps every change in memory. A dry run of an
 * import runs the same handlers over it, so each row is checked by the same decide functions against what is
 * stored plus what the rows before it would have changed; nothing is ever committed, so no event goes out.
 */
export class DryRunStore extends AggregateStore {
  private readonly pending = new Map<string, Commit<unknown>[]>();
  private readonly keys = new Set<string>();

  constructor(
    commits: CommitStore,
    private readonly types: Aggregates,
  ) {
    super(commits, types);
  }

  override async change<S>(stream: string, change: Change, decide: Decide<S>): Promise<Stored<S>> {
    if (change.causationKey !== undefined && this.keys.has(change.causationKey)) {
      throw new AlreadyAppliedError(change.causationKey);
    }
    const current = await this.load<S>(stream);
    const decision = await decide(current?.state);
    if (!decision) return current ?? this.require<S>(stream);
    const version = (current?.version ?? 0) + 1;
    const commit: Commit<S> = {
      _id: commitId(stream, version),
      stream,
      aggregateType: this.types.typeOf(stream).type.name,
      version,
      state: decision.state,
      events: [],
      causationKey: change.causationKey ?? commitId(stream, version),
      committedAt: new Date(),
      published: true,
      actor: change.actor,
      command: change.command,
    };
    this.pending.set(stream, [...(this.pending.get(stream) ?? []), commit]);
    this.keys.add(commit.causationKey);
    return storedOf(commit);
  }

  override async load<S>(stream: string): Promise<Stored<S> | undefined> {
    const latest = this.latestPending<S>(stream);
    return latest ? storedOf(latest) : super.load<S>(stream);
  }

  override async require<S>(stream: string): Promise<Stored<S>> {
    return (await this.load<S>(stream)) ?? super.require<S>(stream);
  }

  override async loadReference<S>(stream: string): Promise<Stored<S> | undefined> {
    return this.load<S>(stream);
  }

  override async requireReference<S>(stream: string): Promise<Stored<S>> {
    return this.require<S>(stream);
  }

  override async history<S>(stream: string): Promise<Commit<S>[]> {
    const pending = (this.pending.get(stream) ?? []) as Commit<S>[];
    return [...(await super.history<S>(stream)), ...pending];
  }

  override async list<S>(
    aggregateType: string,
    fixedFields: Readonly<Record<string, string>> = {},
  ): Promise<Stored<S>[]> {
    const stored = await super.list<S>(aggregateType, fixedFields);
    const changed = [...this.pending.keys()]
      .map((stream) => this.latestPending<S>(stream))
      .filter(
        (commit): commit is Commit<S> =>
          commit !== undefined &&
          commit.aggregateType === aggregateType &&
          Object.entries(fixedFields).every(([field, value]) => fieldOf(commit.state, field) === value),
      );
    const streams = new Set(changed.map((commit) => commit.stream));
    return [...stored.filter((aggregate) => !streams.has(aggregate.stream)), ...changed.map(storedOf)];
  }

  private latestPending<S>(stream: string): Commit<S> | undefined {
    return this.pending.get(stream)?.at(-1) as Commit<S> | undefined;
  }
}

function fieldOf(state: unknown, field: string): unknown {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[field] : undefined;
}

function storedOf<S>(commit: Commit<S>): Stored<S> {
  return {
    stream: commit.stream,
    version: commit.version,
    state: commit.state,
    changedAt: commit.committedAt,
  };
}
