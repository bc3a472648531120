import { CsvError, parse } from 'csv-parse/sync';
import { ExpertSchoolsError } from '../domain/expert-schools.errors';
import { RESULT_COLUMNS } from '../domain/yearly-results.value-object';

/** One data row of a CSV: its line in the file (the header is line 1), its fields by column name. */
export interface CsvRow {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
  /** It had more or fewer fields than the header names. */
  readonly fieldCountWrong: boolean;
}

/**
 * The separator the header line uses: a semicolon where Dutch spreadsheets write one (their decimal separator
 * is the comma), else a comma. One separator per file, so "535,5" in a semicolon file stays one number.
 */
function delimiterOf(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') ? ';' : ',';
}

/**
 * Reads a yearly-results CSV with csv-parse: a header naming the columns (in any order; comma or semicolon
 * separated, as Dutch spreadsheets write it), quoted fields, a byte-order mark and blank lines allowed. A file
 * it cannot read (an open quote), without the columns, or with more rows than allowed is refused whole.
 */
export function readResultsCsv(text: string, maxRows: number): CsvRow[] {
  let header: string[] = [];
  let rows: CsvRow[];
  try {
    rows = parse<CsvRow, Record<string, string>>(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      columns: (names: string[]) => (header = names.map((name) => name.trim())),
      on_record: (fields, context) => ({
        line: context.lines,
        fields,
        fieldCountWrong: context.error !== undefined,
      }),
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new ExpertSchoolsError('RESULTS.UNREADABLE', `The file cannot be read as CSV: ${error.message}`, {
      csvError: error.code,
    });
  }
  const missing = RESULT_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new ExpertSchoolsError('RESULTS.MISSING_COLUMNS', `The header lacks ${missing.join(', ')}`, {
      missing,
      expected: RESULT_COLUMNS,
    });
  }
  if (rows.length > maxRows) {
    throw new ExpertSchoolsError('RESULTS.TOO_MANY_ROWS', `A file holds at most ${maxRows} rows`, {
      rows: rows.length,
      maxRows,
    });
  }
  return rows;
}
