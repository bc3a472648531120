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

/**
 * Where every replica reads the views from: MongoDB holds them durably, Redis caches them. The projector
 * writes a changed view to MongoDB and then replaces its cache entry (write-through), so a reader never
 * keeps an old one for longer than the write takes; readers fill a missing entry only if it is still missing.
 */
export class ViewStore {
  private readonly views: Collection<ViewDocument>;

  constructor(
    connection: Connection,
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly cacheTtlSeconds: number,
  ) {
    this.views = connection.collection<ViewDocument>('views');
  }

  /** Writes the views of `version` whose JSON differs from `previous`; answers the names written. */
  async write(
    version: number,
    views: MonitoringViews,
    previous: Partial<Record<ViewName, string>>,
  ): Promise<Partial<Record<ViewName, string>>> {
    const written: Partial<Record<ViewName, string>> = {};
    for (const name of VIEW_NAMES) {
      const body = JSON.stringify(views[name]);
      if (previous[name] === body) continue;
      await this.views.replaceOne(
        { _id: documentId(version, name) },
        { version, name, body, updatedAt: new Date() },
        { upsert: true },
      );
      await this.redis
        .set(this.cacheKey(version, name), body, 'EX', this.cacheTtlSeconds)
        .catch(() => undefined);
      written[name] = body;
    }
    return written;
  }

  /** The JSON of one view of `version`, or undefined when the version has not written it yet. */
  async read(version: number, name: ViewName): Promise<string | undefined> {
    const key = this.cacheKey(version, name);
    const cached = await this.redis.get(key).catch(() => null);
    if (cached !== null) return cached;
    const document = await this.views.findOne({ _id: documentId(version, name) });
    if (!document) return undefined;
    // Not awaited: the reader has its answer, and a Redis that is away must not slow it down.
    void this.redis.set(key, document.body, 'EX', this.cacheTtlSeconds, 'NX').catch(() => undefined);
    return document.body;
  }

  /** Drops a retired version's views. */
  async remove(version: number): Promise<void> {
    for (const name of VIEW_NAMES) {
      await this.views.deleteOne({ _id: documentId(version, name) });
      await this.redis.del(this.cacheKey(version, name)).catch(() => undefined);
    }
  }

  private cacheKey(version: number, name: ViewName): string {
    return `${this.prefix}:view:${version}:${name}`;
  }
}

function documentId(version: number, name: ViewName): string {
  return `${version}:${name}`;
}
