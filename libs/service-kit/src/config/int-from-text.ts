import { Transform } from 'class-transformer';

const WHOLE_NUMBER = /^-?[0-9]+$/;

/**
 * Reads a whole number given as text (environment variables, query strings) as a number, so @IsInt and @Min
 * check the number; anything else — `1e300`, `0x10`, digits beyond 2^53 that would be rounded — is left as text
 * for @IsInt to reject.
 */
export function IntFromText(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string' || !WHOLE_NUMBER.test(value.trim())) return value;
    const number = Number(value.trim());
    return Number.isSafeInteger(number) ? number : value;
  });
}
