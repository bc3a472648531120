import type Redis from 'ioredis';
import type { Collection, Connection } from 'mongoose';
import type { MonitoringViews } from '../domain/views';

/** The parts of the views, each stored and cached on its own so a change rewrites only what changed. */
export const VIEW_NAMES = [
  'kpis',
  'funnel',
  'equalAccess',
  'rounds',
  'participation',
  'ignored',
  'labFunnel',
] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

interface ViewDocument {
  _id: string;
  version: number;
  name: ViewName;
  body: string;
  updatedAt: Date;
}

/** A view's body waiting for its MongoDB write. */
interface UnstoredView {
  version: number;
  name: ViewName;
  body: string;
}

/**
 * Where every replica reads the views from: Redis caches them, MongoDB holds them durably. The projector
 * replaces a changed view's cache entry first, so readers see it as soon as Redis has it, whatever MongoDB is
 * busy with (writing a checkpoint's megabytes, on a busy machine, made a view write take seconds); MongoDB
 * follows in the background, the latest body of each view only, one write at a time. Once a view's
 * latest body is in MongoDB its cache entry is set again, since a reader that missed the cache meanwhile may
 * have filled it from the older document; until then this process answers that view from memory.
 */
export class ViewStore {
  private readonly views: Collection<ViewDocument>;
  /** Bodies not in MongoDB yet, by document id: a newer body replaces the one waiting. */
  private readonly unstored = new Map<string, UnstoredView>();
  private storing: Promise<void> | undefined;

  constructor(
    connection: Connection,
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly cacheTtlSeconds: number,
  ) {
    this.views = connection.collection<ViewDocument>('views');
  }

  /**
   * Writes the views of `version` whose JSON differs from `previous` to the cache, and has them stored in
   * MongoDB after (see stored()); answers the names written.
   */
  async write(
    version: number,
    views: MonitoringViews,
    previous: Partial<Record<ViewName, string>>,
  ): Promise<Partial<Record<ViewName, string>>> {
    const changed = VIEW_NAMES.map((name) => [name, JSON.stringify(views[name])] as const).filter(
      ([name, body]) => previous[name] !== body,
    );
    for (const [name, body] of changed) this.unstored.set(documentId(version, name), { version, name, body });
    // Failures are retried by the next write, and reported by stored().
    if (changed.length > 0) this.store().catch(() => undefined);
    await Promise.all(changed.map(([name, body]) => this.cache(version, name, body)));
    return Object.fromEntries(changed);
  }

  /** Settles once every view written so far is in MongoDB too; rejects when a write failed (kept for a retry). */
  async stored(): Promise<void> {
    if (this.unstored.size > 0 || this.storing !== undefined) await this.store();
  }

  /** The JSON of one view of `version`, or undefined when the version has not written it yet. */
  async read(version: number, name: ViewName): Promise<string | undefined> {
    const key = this.cacheKey(version, name);
    const cached = await this.redis.get(key).catch(() => null);
    if (cached !== null) return cached;
    const unstored = this.unstored.get(documentId(version, name));
    if (unstored !== undefined) return unstored.body;
    const document = await this.views.findOne({ _id: documentId(version, name) });
    if (!document) return undefined;
    // Not awaited: the reader has its answer, and a Redis that is away must not slow it down.
    void this.redis.set(key, document.body, 'EX', this.cacheTtlSeconds, 'NX').catch(() => undefined);
    return document.body;
  }

  /** Drops a retired version's views. */
  async remove(version: number): Promise<void> {
    for (const name of VIEW_NAMES) this.unstored.delete(documentId(version, name));
    // A write of this version in flight would bring a document back after it was deleted.
    await this.storing?.catch(() => undefined);
    for (const name of VIEW_NAMES) {
      await this.views.deleteOne({ _id: documentId(version, name) });
      await this.redis.del(this.cacheKey(version, name)).catch(() => undefined);
    }
  }

  /** Writes the waiting bodies to MongoDB until none wait; one run at a time. */
  private store(): Promise<void> {
    this.storing ??= (async () => {
      try {
        // One write at a time, as the checkpoints' chunks share the database: the readers do not wait for it.
        while (this.unstored.size > 0) {
          for (const [id, view] of [...this.unstored]) await this.storeOne(id, view);
        }
      } finally {
        this.storing = undefined;
      }
    })();
    return this.storing;
  }

  private async storeOne(id: string, view: UnstoredView): Promise<void> {
    const { version, name, body } = view;
    await this.views.replaceOne(
      { _id: id },
      { version, name, body, updatedAt: new Date() },
      { upsert: true },
    );
    // A newer body came meanwhile: its own write follows, and its cache entry is newer than this one.
    if (this.unstored.get(id) !== view) return;
    this.unstored.delete(id);
    await this.cache(version, name, body);
  }

  private cache(version: number, name: ViewName, body: string): Promise<unknown> {
    return this.redis
      .set(this.cacheKey(version, name), body, 'EX', this.cacheTtlSeconds)
      .catch(() => undefined);
  }

  private cacheKey(version: number, name: ViewName): string {
    return `${this.prefix}:view:${version}:${name}`;
  }
}

function documentId(version: number, name: ViewName): string {
  return `${version}:${name}`;
}
