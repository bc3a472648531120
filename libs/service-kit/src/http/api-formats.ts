import type { ApiPropertyOptions } from '@nestjs/swagger';
import { BRIN_PATTERN, CALENDAR_DATE_PATTERN } from '@okr/contracts';

/** `@ApiProperty(API_DAY)`: a day, YYYY-MM-DD. */
export const API_DAY = {
  type: 'string',
  format: 'date',
  pattern: CALENDAR_DATE_PATTERN.source,
  example: '2025-03-10',
} as const satisfies ApiPropertyOptions;

/** `@ApiProperty(API_MOMENT)`: a moment, ISO 8601 in UTC. */
export const API_MOMENT = {
  type: 'string',
  format: 'date-time',
  example: '2025-03-10T09:30:00.000Z',
} as const satisfies ApiPropertyOptions;

/** `@ApiProperty(API_UUID)`: an id. */
export const API_UUID = { type: 'string', format: 'uuid' } as const satisfies ApiPropertyOptions;

/** `@ApiProperty(API_BRIN)`: a school's BRIN. */
export const API_BRIN = {
  type: 'string',
  pattern: BRIN_PATTERN.source,
  example: '12AB',
} as const satisfies ApiPropertyOptions;

/** `@ApiProperty(API_COUNT)`: a whole number from 0 (a version, a count, an amount in cents). */
export const API_COUNT = { type: 'integer', minimum: 0 } as const satisfies ApiPropertyOptions;
