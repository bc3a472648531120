import { randomBytes } from 'node:crypto';
import type { Collection, Connection } from 'mongoose';

export type VersionStatus = 'building' | 'active' | 'retired';

/**
 * A version of the read models: built from offset 0 of every topic by its own consumer group. Version 1 is
 * made at first start; a rebuild makes the next one, which takes over once it has caught up (blue/green).
 */
export interface ReadModelVersion {
  _id: number;
  /** Unique per version and database, so a fresh database never inherits another's committed offsets. */
  groupId: string;
  status: VersionStatus;
  createdAt: Date;
  activatedAt?: Date;
  retiredAt?: Date;
}

interface ActivePointer {
  _id: 'active';
  version: number;
  switchedAt: Date;
}

export class RebuildInProgressError extends Error {
  readonly code = 'REBUILD.IN_PROGRESS';
  constructor(readonly details: { version: number }) {
    super(`Version ${details.version} of the read models is being built; wait until it has taken over`);
  }
}

/** The versions of the read models and which one is served; the switch is one update of one document. */
export class ReadModelVersions {
  private readonly versions: Collection<ReadModelVersion>;
  private readonly pointer: Collection<ActivePointer>;

  constructor(connection: Connection) {
    this.versions = connection.collection<ReadModelVersion>('read_model_versions');
    this.pointer = connection.collection<ActivePointer>('read_model_pointer');
  }

  async activeVersion(): Promise<number | undefined> {
    return (await this.pointer.findOne({ _id: 'active' }))?.version;
  }

  async get(version: number): Promise<ReadModelVersion | undefined> {
    return (await this.versions.findOne({ _id: version })) ?? undefined;
  }

  async all(): Promise<ReadModelVersion[]> {
    return this.versions.find({}).sort({ _id: 1 }).toArray();
  }

  /** The version being built next to the served one, if a rebuild was asked for. */
  async building(active: number): Promise<ReadModelVersion | undefined> {
    return (await this.all()).find((version) => version.status === 'building' && version._id !== active);
  }

  /** The served version, made (version 1) on the very first start; a concurrent first start finds it made. */
  async ensureActive(): Promise<ReadModelVersion> {
    const active = await this.activeVersion();
    if (active !== undefined) {
      const version = await this.get(active);
      if (version) return version;
    }
    const first = await this.create(1, 'active').catch(async (error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
      const existing = await this.get(1);
      if (!existing) throw error;
      return existing;
    });
    await this.pointer.updateOne(
      { _id: 'active' },
      { $setOnInsert: { version: first._id, switchedAt: new Date() } },
      { upsert: true },
    );
    return first;
  }

  /** Asks for a new version; refused while one is being built. The projecting replica picks it up. */
  async requestRebuild(): Promise<ReadModelVersion> {
    const all = await this.all();
    const building = all.find((version) => version.status === 'building');
    if (building) throw new RebuildInProgressError({ version: building._id });
    const next = Math.max(0, ...all.map((version) => version._id)) + 1;
    try {
      return await this.create(next, 'building');
    } catch (error) {
      // Another request made the same version at the same moment.
      if (isDuplicateKey(error)) throw new RebuildInProgressError({ version: next });
      throw error;
    }
  }

  /**
   * Serves `next` from now on and retires `previous`. The pointer is the switch; the statuses after it only
   * record it, and `settle` completes them if a crash came in between.
   */
  async switchTo(next: number, previous: number): Promise<void> {
    await this.pointer.updateOne(
      { _id: 'active' },
      { $set: { version: next, switchedAt: new Date() } },
      { upsert: true },
    );
    await this.settle(next, previous);
  }

  async settle(active: number, previous?: number): Promise<void> {
    const now = new Date();
    await this.versions.updateOne(
      { _id: active, status: { $ne: 'active' } },
      { $set: { status: 'active', activatedAt: now } },
    );
    const stale =
      previous === undefined ? { _id: { $ne: active }, status: 'active' as const } : { _id: previous };
    await this.versions.updateMany(stale, { $set: { status: 'retired', retiredAt: now } });
  }

  private async create(version: number, status: VersionStatus): Promise<ReadModelVersion> {
    const document: ReadModelVersion = {
      _id: version,
      groupId: `okr.monitoring.v${version}.${randomBytes(4).toString('hex')}`,
      status,
      createdAt: new Date(),
    };
    await this.versions.insertOne(document);
    return document;
  }
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
