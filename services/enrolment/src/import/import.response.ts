import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_COUNT, API_MOMENT, API_UUID, FieldProblemSchema } from '@okr/service-kit';
import { IMPORT_STATES, type ImportProgress, type ImportState } from './import-progress';

export class ImportRowCounts {
  @ApiProperty({ ...API_COUNT, description: 'rows in the file (lines that are not blank)' })
  total!: number;

  @ApiProperty({ ...API_COUNT, description: 'rows handled so far' })
  done!: number;

  @ApiProperty({ ...API_COUNT, description: 'rows that recorded their fact (a dry run: would record it)' })
  created!: number;

  @ApiProperty({
    ...API_COUNT,
    description: 'rows recorded by an earlier run of the same row: left as they are',
  })
  unchanged!: number;

  @ApiProperty({ ...API_COUNT, description: 'rows refused; each is in errors with its line' })
  failed!: number;
}

export class ImportRowError {
  @ApiProperty({ ...API_COUNT, description: 'the line of the file, counted from 1' })
  line!: number;

  @ApiPropertyOptional({ example: 'school-12AB' })
  rowId?: string;

  @ApiProperty({
    example: 'APPLICATION.ROUND_CLOSED',
    description:
      'the code the endpoint would answer (REQUEST.VALIDATION_FAILED, a domain rule), or IMPORT.MALFORMED_ROW, ' +
      'IMPORT.UNKNOWN_KIND, IMPORT.DUPLICATE_ROW_ID, IMPORT.UNKNOWN_REFERENCE',
  })
  code!: string;

  @ApiProperty({ example: 'The subsidy round does not take applications at this moment (rule: round-open)' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldProblemSchema], description: 'the failing fields of a malformed row' })
  fields?: FieldProblemSchema[];
}

export class ImportResponse {
  @ApiProperty(API_UUID)
  importId!: string;

  @ApiProperty({ description: 'true: checked only, nothing recorded' })
  dryRun!: boolean;

  @ApiProperty({ enum: IMPORT_STATES })
  state!: ImportState;

  @ApiProperty(API_MOMENT)
  startedAt!: string;

  @ApiPropertyOptional(API_MOMENT)
  finishedAt?: string;

  @ApiProperty({ type: ImportRowCounts })
  rows!: ImportRowCounts;

  @ApiProperty({ type: [ImportRowError], description: 'every refused row, in file order' })
  errors!: ImportRowError[];

  @ApiProperty({ ...API_COUNT, description: 'refused rows beyond the first 1,000, counted but not listed' })
  errorsLeftOut!: number;

  @ApiPropertyOptional({
    description:
      'why a failed import stopped (e.g. the service stopped); running the same file again finishes it',
  })
  failure?: string;
}

export function importResponse(progress: ImportProgress): ImportResponse {
  return {
    ...progress,
    rows: { ...progress.rows },
    errors: progress.errors.map(({ fields, ...error }) => ({
      ...error,
      ...(fields
        ? { fields: fields.map((field) => ({ field: field.field, messages: [...field.messages] })) }
        : {}),
    })),
  };
}
