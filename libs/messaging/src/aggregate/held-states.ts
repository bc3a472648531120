import type { AggregateType } from './aggregates';
import { byChange, type Stored, type StoredCommit, storedOf } from './stored';

/** How a commit may replace the state held of its stream. */
export type Replacing =
  /** Only by a newer version: a commit read or announced earlier never undoes a later one. */
  | 'newer'
  /** Also the same version: its state was rewritten in place (erasure), and this is how it reads now. */
  | 'rewritten';

// Derived views kept per type between two changes, the least recently used forgotten first: a caller that asks
// for many (a search per request) cannot grow the memory without bound. A view of a search holds references
// only, so 512 of 9,000 schools each stay within some 40 MB even if every one matched everything.
const MAX_VIEWS_PER_TYPE = 512;

/** Another view of the same states, made (or reused) within the making of a view: a view built on a view. */
export type ViewOf<S> = <W>(key: string, derive: Derive<S, W>) => W;

/** Makes a view from every held state of a type, oldest change first, and views of the same states. */
export type Derive<S, V> = (states: readonly Stored<S>[], viewOf: ViewOf<S>) => V;

interface HeldType {
  readonly listedBy: readonly string[];
  readonly latest: Map<string, Stored<unknown>>;
  /** Per listed field, the streams holding each value: a narrowed list never reads the whole type. */
  readonly index: Map<string, Map<string, Set<string>>>;
  /** Every state, oldest change first; built when asked after a change, not on every change. */
  ordered: Stored<unknown>[] | undefined;
  readonly views: Map<string, unknown>;
  generation: number;
}

/**
 * The latest state of every stream of the kept aggregate types, in memory, with an index per field the type is
 * listed by (docs/adr/0013). Pure bookkeeping: the version guard makes applying commits idempotent and
 * independent of their order, so loading, this process's own commits and other processes' announcements may
 * all arrive in any order.
 */
export class HeldStates {
  private readonly types = new Map<string, HeldType>();

  constructor(kept: readonly AggregateType[]) {
    for (const type of kept) {
      const listedBy = type.listedBy ?? [];
      this.types.set(type.name, {
        listedBy,
        latest: new Map(),
        index: new Map(listedBy.map((field) => [field, new Map<string, Set<string>>()])),
        ordered: undefined,
        views: new Map(),
        generation: 0,
      });
    }
  }

  /** Whether states of this aggregate type (its `name`) are held. */
  holds(typeName: string): boolean {
    return this.types.has(typeName);
  }

  /** The names of the held types. */
  typeNames(): string[] {
    return [...this.types.keys()];
  }

  /** The version held of a stream of a held type, 0 when none. */
  versionOf(typeName: string, stream: string): number {
    return this.types.get(typeName)?.latest.get(stream)?.version ?? 0;
  }

  /** The latest state held of a stream of a held type, or undefined when none is held. */
  get<S>(typeName: string, stream: string): Stored<S> | undefined {
    return this.typeNamed(typeName).latest.get(stream) as Stored<S> | undefined;
  }

  /**
   * Holds the commit's state as its stream's latest unless a newer version is held (or the same one, unless
   * `replacing` is 'rewritten'); answers whether it did. Commits of types not held are ignored.
   */
  apply(commit: StoredCommit, replacing: Replacing = 'newer'): boolean {
    const held = this.types.get(commit.aggregateType);
    if (!held) return false;
    const known = held.latest.get(commit.stream);
    if (
      known &&
      (known.version > commit.version || (known.version === commit.version && replacing === 'newer'))
    )
      return false;
    const stored = storedOf(commit);
    for (const field of held.listedBy) {
      const before = known && valueOf(known.state, field);
      const after = valueOf(stored.state, field);
      if (before === after) continue;
      const values = held.index.get(field);
      if (!values) continue;
      if (before !== undefined) {
        const streams = values.get(before);
        streams?.delete(commit.stream);
        if (streams?.size === 0) values.delete(before);
      }
      if (after !== undefined) {
        const streams = values.get(after) ?? new Set<string>();
        streams.add(commit.stream);
        values.set(after, streams);
      }
    }
    held.latest.set(commit.stream, stored);
    held.ordered = undefined;
    held.views.clear();
    held.generation += 1;
    return true;
  }

  /**
   * The latest state of every held stream of a type, narrowed by listed fields, oldest change first: what
   * `AggregateStore.list` answers. The array is the caller's; the states are shared and must not be changed.
   */
  list<S>(typeName: string, fixedFields: Readonly<Record<string, string>> = {}): Stored<S>[] {
    const held = this.typeNamed(typeName);
    const narrowing = Object.entries(fixedFields);
    if (narrowing.length === 0) return [...this.ordered(held)] as Stored<S>[];
    // The smallest index set first, then check the other fields on its states.
    const candidates = narrowing
      .map(([field, value]) => held.index.get(field)?.get(value) ?? new Set<string>())
      .sort((first, second) => first.size - second.size)[0];
    const found: Stored<unknown>[] = [];
    for (const stream of candidates ?? []) {
      const stored = held.latest.get(stream);
      if (stored && narrowing.every(([field, value]) => valueOf(stored.state, field) === value)) {
        found.push(stored);
      }
    }
    return found.sort(byChange) as Stored<S>[];
  }

  /**
   * A view derived from every held state of a type (oldest change first), made once per change of the type
   * and then served as it is: a list endpoint filters and sorts there, not on every request. `key` names the
   * view, including whatever else it is derived from (a day); `derive` may build on other views (`viewOf`),
   * which are of the same states.
   */
  view<S, V>(typeName: string, key: string, derive: Derive<S, V>): V {
    const held = this.typeNamed(typeName);
    if (held.views.has(key)) {
      const view = held.views.get(key) as V;
      // Used again: the last to be forgotten.
      held.views.delete(key);
      held.views.set(key, view);
      return view;
    }
    const viewOf: ViewOf<S> = (other, deriveOther) => this.view(typeName, other, deriveOther);
    const view = derive(this.ordered(held) as Stored<S>[], viewOf);
    if (held.views.size >= MAX_VIEWS_PER_TYPE) {
      const oldest = held.views.keys().next();
      if (!oldest.done) held.views.delete(oldest.value);
    }
    held.views.set(key, view);
    return view;
  }

  /** How often a type's states changed: a view may be reused while it stays the same. */
  generation(typeName: string): number {
    return this.typeNamed(typeName).generation;
  }

  /** How many streams of a type are held. */
  size(typeName: string): number {
    return this.typeNamed(typeName).latest.size;
  }

  private ordered(held: HeldType): Stored<unknown>[] {
    held.ordered ??= [...held.latest.values()].sort(byChange);
    return held.ordered;
  }

  private typeNamed(typeName: string): HeldType {
    const held = this.types.get(typeName);
    if (!held) throw new Error(`the states of ${typeName} are not kept in memory`);
    return held;
  }
}

/** A listed field's value as the index holds it: strings only, as a list narrows by strings. */
function valueOf(state: unknown, field: string): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const value: unknown = (state as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}
