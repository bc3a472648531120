import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { RequestContext } from './request-context';

export const CORRELATION_HEADER = 'x-correlation-id';
export const LOGGER = Symbol('okr:logger');

// A caller's id is kept only if it is short and plain; anything else could smuggle text into logs.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Takes the correlation id from the request (or makes one), returns it, and logs each request once. */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const given = request.header(CORRELATION_HEADER);
    const correlationId = given !== undefined && ACCEPTABLE_ID.test(given) ? given : uuidv7();
    response.setHeader(CORRELATION_HEADER, correlationId);
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      this.logger.info(
        {
          correlationId,
          method: request.method,
          path: request.originalUrl,
          status: response.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
        },
        'request completed',
      );
    });
    RequestContext.run({ correlationId }, next);
  }
}
