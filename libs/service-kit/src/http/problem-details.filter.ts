import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Inject,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/correlation.middleware';
import { RequestContext } from '../logging/request-context';
import { unavailableDependencyOf } from './dependency-errors';
import { DEFAULT_RETRY_AFTER_SECONDS, DependencyUnavailableError } from './dependency-unavailable';
import { type ProblemDocument, problemType } from './problem';

/** A domain error as thrown by `domain/`: plain TypeScript with a stable code, e.g. 'APPLICATION.ROUND_CLOSED'. */
export interface CodedError extends Error {
  code: string;
}

export const DOMAIN_ERROR_STATUS = Symbol('okr:domain-error-status');

/** Maps a domain error code to an HTTP status; the service gives its table to ServiceKitModule. */
export type DomainErrorStatus = Readonly<Record<string, number>>;

const CODE_BY_STATUS: Record<number, string> = {
  400: 'REQUEST.BAD_REQUEST',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'REQUEST.NOT_FOUND',
  405: 'REQUEST.METHOD_NOT_ALLOWED',
  409: 'REQUEST.CONFLICT',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  429: 'REQUEST.TOO_MANY',
};

// Keys of Nest's default exception bodies, replaced by the problem document's own members.
const NEST_BODY_KEYS = new Set(['code', 'title', 'detail', 'message', 'error', 'statusCode']);

/** An error of Express's body parser (http-errors): a client error whose message is safe to show. */
interface ExposedHttpError extends Error {
  status: number;
  expose: true;
}

function isExposedHttpError(error: unknown): error is ExposedHttpError {
  if (!(error instanceof Error)) return false;
  const { status, expose } = error as Partial<ExposedHttpError>;
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
}

function isCodedError(error: unknown): error is CodedError {
  return error instanceof Error && typeof (error as Partial<CodedError>).code === 'string';
}

/** The one place where every error becomes an `application/problem+json` answer. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(DOMAIN_ERROR_STATUS) private readonly domainErrorStatus: DomainErrorStatus,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') {
      throw exception;
    }
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    // A database driver's "server away" error reaches here unwrapped from any handler: the same 503 as Redis's.
    const dependency = unavailableDependencyOf(exception);
    if (dependency !== undefined) exception = new DependencyUnavailableError(dependency, exception);
    const problem = { ...this.toProblem(exception), instance: request.originalUrl };
    const correlationId = RequestContext.correlationId();
    if (correlationId) {
      problem.correlationId = correlationId;
    }
    if (problem.status >= 500) {
      this.logger.error({ err: exception, code: problem.code }, 'request failed');
    }
    if (problem.status === 401) {
      response.setHeader('WWW-Authenticate', 'Bearer');
    }
    if (problem.status === 503) {
      // Every 503 is "try again later" (a dependency away, an erasure waiting for the relay): say when.
      const retryAfter =
        exception instanceof DependencyUnavailableError
          ? exception.retryAfterSeconds
          : DEFAULT_RETRY_AFTER_SECONDS;
      response.setHeader('Retry-After', String(retryAfter));
    }
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(exception: unknown): ProblemDocument {
    if (exception instanceof HttpException) {
      return this.fromHttpException(exception);
    }
    if (isExposedHttpError(exception)) {
      // Raised before any handler runs (body too large, unsupported encoding, aborted upload): the client's fault.
      const code = CODE_BY_STATUS[exception.status] ?? `HTTP.${exception.status}`;
      return {
        type: problemType(code),
        title: exception.message,
        status: exception.status,
        code,
        detail: exception.message,
      };
    }
    if (exception instanceof DependencyUnavailableError) {
      // Not the request's fault and not a bug: the same request may succeed once the dependency is back.
      return {
        type: problemType(exception.code),
        title: 'Service temporarily unavailable',
        status: 503,
        code: exception.code,
        detail: `A service this one depends on (${exception.dependency}) is not available; retry later.`,
      };
    }
    if (isCodedError(exception) && exception.code in this.domainErrorStatus) {
      const status = this.domainErrorStatus[exception.code] ?? HttpStatus.UNPROCESSABLE_ENTITY;
      return {
        type: problemType(exception.code),
        title: exception.message,
        status,
        detail: exception.message,
        code: exception.code,
        ...detailsOf(exception),
      };
    }
    // Anything unexpected: answer 500 without leaking internals; the log has the details.
    return {
      type: problemType('INTERNAL'),
      title: 'Internal error',
      status: 500,
      code: 'INTERNAL',
      detail: 'An unexpected error occurred; quote the correlation id when reporting it.',
    };
  }

  private fromHttpException(exception: HttpException): ProblemDocument {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const code =
      typeof fields['code'] === 'string' ? fields['code'] : (CODE_BY_STATUS[status] ?? `HTTP.${status}`);
    const title = typeof fields['title'] === 'string' ? fields['title'] : exception.message;
    const detail = typeof fields['detail'] === 'string' ? fields['detail'] : messageOf(fields, body);
    const rest = Object.fromEntries(Object.entries(fields).filter(([key]) => !NEST_BODY_KEYS.has(key)));
    return { type: problemType(code), title, status, code, ...(detail ? { detail } : {}), ...rest };
  }
}

/** The facts a domain error carries (its `details`), so a client can act on them without parsing text. */
function detailsOf(error: CodedError): { details?: Record<string, unknown> } {
  const details = (error as { details?: unknown }).details;
  return typeof details === 'object' && details !== null && Object.keys(details).length > 0
    ? { details: details as Record<string, unknown> }
    : {};
}

function messageOf(fields: Record<string, unknown>, body: unknown): string | undefined {
  const message = fields['message'] ?? body;
  if (Array.isArray(message)) {
    return message.join('; ');
  }
  return typeof message === 'string' ? message : undefined;
}
