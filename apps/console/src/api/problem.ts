import type { components } from './enrolment';

/** An RFC 9457 problem document as every service answers it (the same schema in each service's document). */
export type ProblemDocument = components['schemas']['ProblemDetails'];

/** A failed call: the service's problem document, or one made here when the service could not be reached. */
export class ProblemError extends Error {
  constructor(readonly problem: ProblemDocument) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
  }

  /** The messages of one request field (`contact.email`, `brin`), for the input it belongs to. */
  fieldMessages(field: string): string[] {
    return this.problem.errors?.find((error) => error.field === field)?.messages ?? [];
  }
}

function isProblem(value: unknown): value is ProblemDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'number' &&
    typeof (value as { title?: unknown }).title === 'string'
  );
}

/** Turns an openapi-fetch error body into a ProblemError (a proxy's or network's answer becomes one too). */
export function problemOf(error: unknown, response: Response | undefined): ProblemError {
  if (isProblem(error)) return new ProblemError(error);
  return new ProblemError({
    type: 'about:blank',
    title: response ? `De dienst antwoordde ${response.status}` : 'De dienst is niet bereikbaar',
    status: response?.status ?? 0,
    code: 'CONSOLE.UNEXPECTED_ANSWER',
    ...(response?.headers.get('x-correlation-id')
      ? { correlationId: response.headers.get('x-correlation-id') ?? undefined }
      : {}),
  });
}

// Every query and mutation fails with a ProblemError (dataOf throws nothing else), so screens read its fields.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ProblemError;
  }
}
