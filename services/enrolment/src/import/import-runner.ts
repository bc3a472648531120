import { Inject, Injectable, type OnModuleDestroy, type ValidationPipe } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { AggregateStore, AlreadyAppliedError, CommitStore } from '@okr/messaging';
import {
  Clock,
  createValidationPipe,
  ProblemException,
  SERVICE_CONFIG,
  type FieldProblem,
} from '@okr/service-kit';
import type { EnrolmentConfig } from '../config/enrolment.config';
import { DomainError } from '../domain/domain.errors';
import { ENROLMENT_AGGREGATES, nameBasedId } from '../infrastructure/enrolment.aggregates';
import { DryRunStore } from './dry-run.store';
import { importHandlersOver, type ImportHandlers } from './import-handlers';
import { ROW_KINDS, type RowContext } from './import-kinds';
import { MAX_REPORTED_ERRORS, ImportProgressStore, type ImportProgress } from './import-progress';
import { parseImportLines, type ImportRow, type RowError } from './import-rows';

// Progress is written after this many rows, or this long, whichever comes first.
const SAVE_EVERY_ROWS = 200;
const SAVE_EVERY_MS = 1_000;

/** A row's outcome; an error of its own is reported with its line, the import goes on. */
type RowOutcome = 'created' | 'unchanged' | RowError;

/**
 * Runs an import file row by row, in file order, each row through the handler of its endpoint: over the
 * service's store (a real run, re-runnable: every row's commit carries `import:<row id>`, so a row done before
 * is found and counted unchanged) or over a DryRunStore (a dry run: the same decisions, nothing committed).
 */
@Injectable()
export class ImportRunner implements OnModuleDestroy {
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly store: AggregateStore,
    private readonly commits: CommitStore,
    private readonly progress: ImportProgressStore,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
  ) {}

  /** Reads the file, records the import as running and runs it in the background; answers where it stands. */
  async start(text: string, options: { dryRun: boolean; actor: string }): Promise<ImportProgress> {
    const { rows, errors } = parseImportLines(text);
    const initial: ImportProgress = {
      importId: randomUUID(),
      dryRun: options.dryRun,
      state: 'running',
      startedAt: this.clock.now().toISOString(),
      rows: {
        total: rows.length + errors.length,
        done: errors.length,
        created: 0,
        unchanged: 0,
        failed: errors.length,
      },
      errors: errors.slice(0, MAX_REPORTED_ERRORS),
      errorsLeftOut: Math.max(0, errors.length - MAX_REPORTED_ERRORS),
    };
    await this.progress.save(initial);
    const run = this.run(rows, initial, options).finally(() => this.running.delete(run));
    this.running.add(run);
    return initial;
  }

  /**
   * Waits for the imports in this process to stop: each stops after its current row and says so in its report.
   * The first of the shutdown hooks, so the database and Redis are still there for the last row and report.
   */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.running]);
  }

  private async run(
    rows: readonly ImportRow[],
    initial: ImportProgress,
    { dryRun, actor }: { dryRun: boolean; actor: string },
  ): Promise<void> {
    const dryStore = dryRun ? new DryRunStore(this.commits, ENROLMENT_AGGREGATES) : undefined;
    const handlers = importHandlersOver(dryStore ?? this.store, this.config);
    // The endpoints' own pipe: the same 400 rules, and no day after today.
    const pipe = createValidationPipe(this.clock);
    let progress = initial;
    let savedAt = Date.now();
    const ids = new Map<string, string>();
    // Every row imported before, read once: a lookup per row by causationKey is a scan on FerretDB.
    const imported = await this.importedRows();
    const save = async (force = false): Promise<void> => {
      if (!force && progress.rows.done % SAVE_EVERY_ROWS !== 0 && Date.now() - savedAt < SAVE_EVERY_MS)
        return;
      savedAt = Date.now();
      await this.progress.save(progress);
    };
    try {
      for (const row of rows) {
        if (this.stopping) throw new Error('the service stopped; run the same file again to finish');
        const outcome = await this.runRow(row, { handlers, ids, imported, actor, dryRun, pipe });
        progress = counted(progress, outcome);
        await save();
      }
      progress = { ...progress, state: 'finished', finishedAt: this.clock.now().toISOString() };
    } catch (error) {
      progress = {
        ...progress,
        state: 'failed',
        finishedAt: this.clock.now().toISOString(),
        failure: error instanceof Error ? error.message : String(error),
      };
    }
    // A report that cannot be written (Redis away) is lost, not the import's work: a re-run reports again.
    await save(true).catch(() => undefined);
  }

  private async runRow(row: ImportRow, run: RunOf): Promise<RowOutcome> {
    const { handlers, ids, imported, actor, dryRun, pipe } = run;
    const causationKey = importKeyOf(row.id);
    const kind = ROW_KINDS[row.kind];
    const done = imported.get(row.id);
    if (done !== undefined) {
      ids.set(row.id, done);
      // A grant is three commits; one stopped after the decision is finished by its handler (it enrols).
      if (row.kind !== 'grant' || dryRun) return 'unchanged';
    }
    const references: Record<string, string> = {};
    const fields: Record<string, unknown> = { ...row.fields };
    for (const [field, reference] of Object.entries(kind.references)) {
      const value = fields[field];
      delete fields[field];
      if (value === undefined && !reference.required) continue;
      const resolved =
        typeof value === 'string'
          ? (ids.get(value) ?? imported.get(value) ?? (isUUID(value) ? value : undefined))
          : undefined;
      if (resolved === undefined) {
        return rowError(
          row,
          'IMPORT.UNKNOWN_REFERENCE',
          `${field} names no ${reference.names}: neither a row before this line, an earlier import's row nor an id`,
          [{ field, messages: [`${field} must name a ${reference.names} row or id`] }],
        );
      }
      references[field] = resolved;
      if (reference.into !== undefined) fields[reference.into] = resolved;
    }
    try {
      const command = await kind.prepare(kind.bodyOf(fields), pipe);
      const context: RowContext = {
        handlers,
        actor,
        causationKey,
        newId: isUUID(row.id) ? row.id : nameBasedId('import', row.id),
        references,
        clock: this.clock,
      };
      const stored = await command(context);
      ids.set(row.id, ENROLMENT_AGGREGATES.typeOf(stored.stream).id);
      return done !== undefined ? 'unchanged' : 'created';
    } catch (error) {
      if (error instanceof AlreadyAppliedError) return 'unchanged';
      if (isDomainError(error)) return rowError(row, error.code, error.message);
      if (error instanceof ProblemException) {
        return rowError(row, error.code, error.detail ?? error.title, fieldProblemsOf(error));
      }
      throw error;
    }
  }

  /**
   * The rows imported before, by any run of any file: row id → the id of the record its commit made or changed
   * (the commit carries `import:<row id>`). A row committed by another import after this read is still
   * committed once: its key is unique, and the second attempt counts it unchanged.
   */
  private async importedRows(): Promise<Map<string, string>> {
    const commits = await this.commits.commits
      .find(
        { causationKey: { $regex: `^${IMPORT_KEY_PREFIX}` } },
        { projection: { causationKey: 1, stream: 1 } },
      )
      .toArray();
    return new Map(
      commits.map((commit) => [
        commit.causationKey.slice(IMPORT_KEY_PREFIX.length),
        ENROLMENT_AGGREGATES.typeOf(commit.stream).id,
      ]),
    );
  }
}

/** One run's handlers, the record id each row so far stands for, and who runs it. */
interface RunOf {
  readonly handlers: ImportHandlers;
  readonly ids: Map<string, string>;
  readonly imported: ReadonlyMap<string, string>;
  readonly actor: string;
  readonly dryRun: boolean;
  readonly pipe: ValidationPipe;
}

const IMPORT_KEY_PREFIX = 'import:';

/** The causation key of a row's commit: the same row in any run of any file is committed once. */
export function importKeyOf(rowId: string): string {
  return `${IMPORT_KEY_PREFIX}${rowId}`;
}

function rowError(row: ImportRow, code: string, message: string, fields?: readonly FieldProblem[]): RowError {
  return { line: row.line, rowId: row.id, code, message, ...(fields ? { fields } : {}) };
}

// instanceof alone narrows to DomainError<any>; every domain error's code is a string.
function isDomainError(error: unknown): error is DomainError<string> {
  return error instanceof DomainError;
}

function fieldProblemsOf(error: ProblemException): FieldProblem[] | undefined {
  const { errors } = error.extensions;
  return Array.isArray(errors) ? (errors as FieldProblem[]) : undefined;
}

function counted(progress: ImportProgress, outcome: RowOutcome): ImportProgress {
  const rows = { ...progress.rows, done: progress.rows.done + 1 };
  if (outcome === 'created') return { ...progress, rows: { ...rows, created: rows.created + 1 } };
  if (outcome === 'unchanged') return { ...progress, rows: { ...rows, unchanged: rows.unchanged + 1 } };
  const listed = progress.errors.length < MAX_REPORTED_ERRORS;
  return {
    ...progress,
    rows: { ...rows, failed: rows.failed + 1 },
    errors: listed ? [...progress.errors, outcome] : progress.errors,
    errorsLeftOut: progress.errorsLeftOut + (listed ? 0 : 1),
  };
}
