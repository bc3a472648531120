import { problemOf } from './problem';

/**
 * The data of an openapi-fetch answer, or a thrown ProblemError: TanStack Query then shows it as the query's or
 * mutation's error, with the failing fields and the correlation id.
 */
export async function dataOf<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call.catch(() => ({
    data: undefined,
    error: undefined,
    response: undefined,
  }));
  if (response?.ok && data !== undefined) return data;
  throw problemOf(error, response);
}

/** A new Idempotency-Key: one per form submission, reused when the same submission is retried. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
