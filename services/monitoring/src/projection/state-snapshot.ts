import { type MonitoringState, type RecordRef, STATE_TABLES as TABLES } from '../domain/monitoring-state';

type Table = RecordRef['table'];

/**
 * The JSON of a state as of the moment the snapshot was taken, written a slice of records at a time so the
 * event loop keeps serving while the state goes on changing. Copy on write: the projector calls
 * beforeChange(record) before it changes a record, and a record of the snapshot not written yet is written
 * then, as it was; a record created after the snapshot was taken is left out. Records are never removed.
 */
export class StateSnapshot {
  private readonly keys: ReadonlyMap<Table, readonly string[]>;
  private readonly written = new Map<Table, Set<string>>();
  private readonly createdSince = new Map<Table, Set<string>>();
  private readonly parts = new Map<Table, string[]>();
  private readonly ignored: string;

  constructor(private readonly state: MonitoringState) {
    this.keys = new Map(TABLES.map((table) => [table, Object.keys(state[table])]));
    for (const table of TABLES) {
      this.written.set(table, new Set());
      this.createdSince.set(table, new Set());
      this.parts.set(table, []);
    }
    this.ignored = JSON.stringify(state.ignored);
  }

  /** Call before changing (or creating) a record while the snapshot is being written. */
  beforeChange({ table, key }: RecordRef): void {
    const written = this.written.get(table);
    const created = this.createdSince.get(table);
    if (written === undefined || created === undefined || written.has(key) || created.has(key)) return;
    if (!Object.hasOwn(this.state[table], key)) created.add(key);
    else this.write(table, key);
  }

  /** Writes the records not written yet, `slice` at a time with a turn of the event loop in between. */
  async toJson(slice = 2_000): Promise<string> {
    let sinceYield = 0;
    for (const table of TABLES) {
      const written = this.written.get(table);
      for (const key of this.keys.get(table) ?? []) {
        if (written?.has(key) === true) continue;
        this.write(table, key);
        sinceYield += 1;
        if (sinceYield >= slice) {
          sinceYield = 0;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
    }
    const tables = TABLES.map(
      (table) => `${JSON.stringify(table)}:{${(this.parts.get(table) ?? []).join(',')}}`,
    );
    return `{${tables.join(',')},"ignored":${this.ignored}}`;
  }

  private write(table: Table, key: string): void {
    this.written.get(table)?.add(key);
    this.parts.get(table)?.push(`${JSON.stringify(key)}:${JSON.stringify(this.state[table][key])}`);
  }
}
