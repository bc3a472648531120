import { Transform } from 'class-transformer';

/**
 * Reads a whole number given as text (environment variables, query strings) as a number, so @IsInt and @Min
 * check the number; anything else is left for them to reject.
 */
export function IntFromText(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? Number(value) : value));
}
