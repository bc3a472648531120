/**
 * An error a domain rule raised: plain TypeScript with a stable code (e.g. 'PRODUCT.NOT_IN_REVIEW') that the
 * service maps to an HTTP status in one table. `details` holds the facts behind it (never personal data).
 */
export class DomainError<TCode extends string = string> extends Error {
  constructor(
    readonly code: TCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
