import { BRIN_PATTERN, isSchoolYear } from '@okr/contracts';

/** One school's results in one school year, as imported (seed 002 L44-107: DUO's open data per school). */
export interface YearlyResult {
  readonly brin: string;
  readonly schoolYear: string;
  /** The group of schools with a like pupil population the school is compared within (OIS's "schoolgroep"). */
  readonly schoolGroup: string;
  /** The school's mean end-of-primary test score that year. */
  readonly meanTestScore?: number;
  /** The share of pupils with a havo or vwo advice that year, in percent (0-100). */
  readonly havoVwoShare?: number;
}

/** The columns of a yearly-results CSV, in the order of the header. */
export const RESULT_COLUMNS = ['brin', 'schoolYear', 'schoolGroup', 'meanTestScore', 'havoVwoShare'] as const;
export type ResultColumn = (typeof RESULT_COLUMNS)[number];

/** What is wrong with one field of a row. */
export interface RowProblem {
  readonly field: ResultColumn | 'row';
  readonly message: string;
}

/** One row read: the result, or the problems that keep it out. `line` is the line in the file (the header is 1). */
export type RowOutcome =
  | { readonly line: number; readonly ok: true; readonly result: YearlyResult }
  | { readonly line: number; readonly ok: false; readonly problems: readonly RowProblem[] };

// Test scores of the end-of-primary tests in use lie between 0 and 1000 (Cito: 501-550; others 0-100 or
// 100-300), so the check only refuses what no test gives.
const MAX_TEST_SCORE = 1000;

/**
 * Reads one row of fields (by column name, as text) into a result, or says what is wrong with each field.
 * Numbers take a decimal point or a decimal comma ("535,2"), as Dutch spreadsheets write them.
 */
export function readResultRow(
  line: number,
  fields: Readonly<Record<string, string | undefined>>,
): RowOutcome {
  const problems: RowProblem[] = [];
  const text = (column: ResultColumn): string => (fields[column] ?? '').trim();
  const brin = text('brin').toUpperCase();
  if (!BRIN_PATTERN.test(brin))
    problems.push({ field: 'brin', message: 'a BRIN is two digits and two letters, e.g. 12AB' });
  const schoolYear = text('schoolYear');
  if (!isSchoolYear(schoolYear)) {
    problems.push({ field: 'schoolYear', message: 'a school year looks like 2023-2024' });
  }
  const schoolGroup = text('schoolGroup');
  if (schoolGroup === '' || schoolGroup.length > 50) {
    problems.push({ field: 'schoolGroup', message: 'the school group is required (at most 50 characters)' });
  }
  const meanTestScore = numberIn(text('meanTestScore'), 0, MAX_TEST_SCORE);
  if (meanTestScore === 'invalid') {
    problems.push({ field: 'meanTestScore', message: `a number from 0 to ${MAX_TEST_SCORE}, or empty` });
  }
  const havoVwoShare = numberIn(text('havoVwoShare'), 0, 100);
  if (havoVwoShare === 'invalid') {
    problems.push({ field: 'havoVwoShare', message: 'a percentage from 0 to 100, or empty' });
  }
  if (meanTestScore === undefined && havoVwoShare === undefined) {
    problems.push({ field: 'row', message: 'give the mean test score, the havo/vwo share, or both' });
  }
  if (problems.length > 0 || meanTestScore === 'invalid' || havoVwoShare === 'invalid') {
    return { line, ok: false, problems };
  }
  return {
    line,
    ok: true,
    result: {
      brin,
      schoolYear,
      schoolGroup,
      ...(meanTestScore !== undefined ? { meanTestScore } : {}),
      ...(havoVwoShare !== undefined ? { havoVwoShare } : {}),
    },
  };
}

/**
 * Reads every row, and refuses a second row of the same school and year in one file: which of the two holds
 * cannot be told, so the coordinator fixes the file.
 */
export function readResultRows(
  rows: ReadonlyArray<{
    readonly line: number;
    readonly fields: Readonly<Record<string, string | undefined>>;
    /** The row had more or fewer fields than the header: which value belongs where cannot be told. */
    readonly fieldCountWrong?: boolean;
  }>,
): RowOutcome[] {
  const seen = new Map<string, number>();
  return rows.map(({ line, fields, fieldCountWrong }) => {
    if (fieldCountWrong === true) {
      return {
        line,
        ok: false,
        problems: [{ field: 'row', message: 'the row has more or fewer fields than the header' }],
      };
    }
    const outcome = readResultRow(line, fields);
    if (!outcome.ok) return outcome;
    const key = `${outcome.result.brin}|${outcome.result.schoolYear}`;
    const first = seen.get(key);
    if (first !== undefined) {
      return {
        line,
        ok: false,
        problems: [{ field: 'row', message: `the same school and year as line ${first}` }],
      };
    }
    seen.set(key, line);
    return outcome;
  });
}

function numberIn(text: string, min: number, max: number): number | undefined | 'invalid' {
  if (text === '') return undefined;
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return 'invalid';
  const value = Number(text.replace(',', '.'));
  return value >= min && value <= max ? value : 'invalid';
}
