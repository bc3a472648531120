import { type MonitoringState, type RecordRef, STATE_TABLES as TABLES } from '../domain/monitoring-state';

type Table = RecordRef['table'];

/** How a snapshot is written: records per slice, and the pause after each. */
export interface SnapshotPace {
  slice?: number;
  pauseMs?: number;
}

/**
 * The JSON of a state, or of some of its records, as of the moment the snapshot was taken, written a slice of
 * records at a time so the event loop keeps serving while the state goes on changing. Copy on write: the
 * projector calls beforeChange(record) before it changes a record, and a record of the snapshot not written
 * yet is written then, as it was; a record created after the snapshot was taken is left out. Records are never
 * removed.
 */
export class StateSnapshot {
  /** Per table, the records of the snapshot not written yet. */
  private readonly unwritten = new Map<Table, Set<string>>();
  private readonly parts = new Map<Table, string[]>();
  private readonly ignored: string;
  private readonly size: number;

  /** The whole state (toJson), or only the records named (toChangesJson: the changes since a checkpoint). */
  private constructor(
    private readonly state: MonitoringState,
    private readonly kind: 'state' | 'changes',
    records?: Iterable<RecordRef>,
  ) {
    for (const table of TABLES) {
      this.unwritten.set(table, new Set(records === undefined ? Object.keys(state[table]) : []));
      this.parts.set(table, []);
    }
    for (const { table, key } of records ?? []) {
      if (Object.hasOwn(state[table], key)) this.unwritten.get(table)?.add(key);
    }
    this.ignored = JSON.stringify(state.ignored);
    this.size = [...this.unwritten.values()].reduce((sum, keys) => sum + keys.size, 0);
  }

  /** A snapshot of the whole state. */
  static ofState(state: MonitoringState): StateSnapshot {
    return new StateSnapshot(state, 'state');
  }

  /** A snapshot of the records named, in the shape of StateChanges (see changesOf). */
  static ofChanges(state: MonitoringState, records: Iterable<RecordRef>): StateSnapshot {
    return new StateSnapshot(state, 'changes', records);
  }

  /** How many records the snapshot holds. */
  get records(): number {
    return this.size;
  }

  /** Call before changing (or creating) a record while the snapshot is being written. */
  beforeChange({ table, key }: RecordRef): void {
    if (this.unwritten.get(table)?.has(key) === true) this.write(table, key);
  }

  /** The JSON, whole: the pieces of toPieces joined. */
  async toJson(pace: SnapshotPace = {}): Promise<string> {
    return (await this.toPieces(pace)).join('');
  }

  /**
   * The JSON in pieces of about `slice` records, which joined are the JSON: a checkpoint compresses them one by
   * one, where joining tens of megabytes into one string, and encoding that, stopped the event loop for a
   * second on a busy machine. The records not written yet are written `slice` at a time, with a turn of the
   * event loop in between, or a pause of `pauseMs` (so events and readers keep most of the loop while the
   * snapshot takes longer); so are the pieces joined.
   */
  async toPieces({ slice = 2_000, pauseMs = 0 }: SnapshotPace = {}): Promise<string[]> {
    const breather = (): Promise<void> =>
      new Promise<void>((resolve) => (pauseMs > 0 ? setTimeout(resolve, pauseMs) : setImmediate(resolve)));
    let sinceYield = 0;
    for (const table of TABLES) {
      // A record written meanwhile by beforeChange leaves the set, and the loop does not meet it.
      for (const key of this.unwritten.get(table) ?? []) {
        this.write(table, key);
        sinceYield += 1;
        if (sinceYield >= slice) {
          sinceYield = 0;
          await breather();
        }
      }
    }
    // Nothing changes the parts from here on: every record of the snapshot is written.
    const pieces: string[] = [this.kind === 'changes' ? '{"records":[' : '{'];
    let first = true;
    for (const table of TABLES) {
      const parts = this.parts.get(table) ?? [];
      if (this.kind === 'state') pieces.push(`${first ? '' : ','}${JSON.stringify(table)}:{`);
      for (let from = 0; from < parts.length; from += slice) {
        const separator = (this.kind === 'state' ? from > 0 : !first || from > 0) ? ',' : '';
        pieces.push(separator + parts.slice(from, from + slice).join(','));
        await breather();
      }
      if (this.kind === 'state') pieces.push('}');
      if (parts.length > 0 || this.kind === 'state') first = false;
    }
    pieces.push(`${this.kind === 'changes' ? ']' : ''},"ignored":${this.ignored}}`);
    return pieces;
  }

  private write(table: Table, key: string): void {
    this.unwritten.get(table)?.delete(key);
    const record = JSON.stringify(this.state[table][key]);
    this.parts
      .get(table)
      ?.push(
        this.kind === 'state'
          ? `${JSON.stringify(key)}:${record}`
          : `[${JSON.stringify(table)},${JSON.stringify(key)},${record}]`,
      );
  }
}
