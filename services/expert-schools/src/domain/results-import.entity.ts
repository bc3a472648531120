import type { CalendarDay } from '@okr/contracts';
import type { Decision } from './expert-schools-event.value-object';
import { ExpertSchoolsError } from './expert-schools.errors';
import type { RowOutcome, RowProblem, YearlyResult } from './yearly-results.value-object';

/** One import of yearly results: the rows it accepted, and the lines it refused with why. */
export interface ResultsImportState {
  readonly importId: string;
  readonly importedOn: CalendarDay;
  readonly results: readonly YearlyResult[];
  readonly rejected: ReadonlyArray<{ readonly line: number; readonly problems: readonly RowProblem[] }>;
}

/**
 * Keeps the rows that are valid and reports the others per line, so a coordinator fixes those and imports
 * them again. A file without one valid row is refused: it would import nothing. Facts about schools' results,
 * published by DUO, not events of the programme: nothing goes out.
 */
export function importResults(
  current: ResultsImportState | undefined,
  input: {
    readonly importId: string;
    readonly importedOn: CalendarDay;
    readonly rows: readonly RowOutcome[];
  },
): Decision<ResultsImportState, never> {
  if (current) throw new Error(`results import ${current.importId} exists`);
  const results = input.rows.flatMap((row) => (row.ok ? [row.result] : []));
  const rejected = input.rows.flatMap((row) => (row.ok ? [] : [{ line: row.line, problems: row.problems }]));
  if (results.length === 0) {
    throw new ExpertSchoolsError(
      'RESULTS.NO_VALID_ROWS',
      'No row of the file is valid; nothing was imported',
      {
        rejected,
      },
    );
  }
  return { state: { importId: input.importId, importedOn: input.importedOn, results, rejected }, events: [] };
}

/**
 * The results as the imports say, oldest import first: a later import's row for a school and year replaces
 * an earlier one (DUO corrects its figures).
 */
export function currentResults(imports: readonly ResultsImportState[]): YearlyResult[] {
  const byKey = new Map<string, YearlyResult>();
  for (const state of imports) {
    for (const result of state.results) byKey.set(`${result.brin}|${result.schoolYear}`, result);
  }
  return [...byKey.values()];
}
