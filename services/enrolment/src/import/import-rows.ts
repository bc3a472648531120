import type { FieldProblem } from '@okr/service-kit';

/** What a row of an import can record: one command of the service each (docs/import-format.md). */
export const IMPORT_KINDS = [
  'school',
  'inquiry',
  'conversation',
  'referral',
  'inquiry-closure',
  'intake',
  'round',
  'application',
  'information-request',
  'resubmission',
  'grant',
  'rejection',
  'application-withdrawal',
  'participation-start',
  'completion',
  'participation-withdrawal',
  'assessment',
  'coach',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A row's own id: what the import remembers it by, in this file and every later run of it. */
export const ROW_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

/** One line of the file that is a row: its line number (from 1), id, kind and the fields of its command. */
export interface ImportRow {
  readonly line: number;
  readonly id: string;
  readonly kind: ImportKind;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** What went wrong with one row: its line, the code of the error and, for a malformed row, its fields. */
export interface RowError {
  readonly line: number;
  readonly rowId?: string;
  readonly code: string;
  readonly message: string;
  readonly fields?: readonly FieldProblem[];
}

/**
 * Reads a JSON-lines file: one JSON object per line, blank lines skipped. A line that is not an object with a
 * valid `id` and a known `kind`, or that repeats an earlier line's id, is an error with its line number; the
 * other rows are still read, so a dry run reports every error at once.
 */
export function parseImportLines(text: string): { rows: ImportRow[]; errors: RowError[] } {
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const source = raw.trim();
    if (source === '') return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unreadable';
      errors.push({ line, code: 'IMPORT.MALFORMED_ROW', message: `Not a JSON object: ${reason}` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ line, code: 'IMPORT.MALFORMED_ROW', message: 'A row is one JSON object' });
      return;
    }
    const { id, kind, ...fields } = value as Record<string, unknown>;
    if (typeof id !== 'string' || !ROW_ID_PATTERN.test(id)) {
      errors.push({
        line,
        code: 'IMPORT.MALFORMED_ROW',
        message: 'id is 1–200 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
        fields: [{ field: 'id', messages: ['id must be a row id'] }],
      });
      return;
    }
    if (!isImportKind(kind)) {
      errors.push({
        line,
        rowId: id,
        code: 'IMPORT.UNKNOWN_KIND',
        message: `kind must be one of ${IMPORT_KINDS.join(', ')}`,
        fields: [{ field: 'kind', messages: [`kind must be one of ${IMPORT_KINDS.join(', ')}`] }],
      });
      return;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      errors.push({
        line,
        rowId: id,
        code: 'IMPORT.DUPLICATE_ROW_ID',
        message: `Line ${earlier} has the same id: a row id names one fact`,
      });
      return;
    }
    seen.set(id, line);
    rows.push({ line, id, kind, fields });
  });
  return { rows, errors };
}

function isImportKind(kind: unknown): kind is ImportKind {
  return (IMPORT_KINDS as readonly unknown[]).includes(kind);
}
