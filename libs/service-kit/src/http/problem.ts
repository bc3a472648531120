import { HttpException } from '@nestjs/common';

/** One failing field of a request body, query or path, e.g. `{ field: 'address.postcode', messages: [...] }`. */
export interface FieldProblem {
  field: string;
  messages: string[];
}

/** An RFC 9457 problem document, with the platform's stable `code` and the request's `correlationId`. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  correlationId?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

/** Thrown by entry points to answer with a given status and stable code. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super({ code, title, detail, ...extensions }, status);
  }
}

export function problemType(code: string): string {
  return `urn:okr:problem:${code.toLowerCase()}`;
}
