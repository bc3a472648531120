import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Response } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/roles.decorator';
import type { ServiceKitConfig } from '../config/service-kit.config';
import { RedisConnection } from '../connections/redis.connection';
import { SERVICE_CONFIG } from '../service-kit.module';
import { IdempotencyRecords, type RememberedAnswer } from './idempotency-records';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** What an Idempotency-Key may be: 1 to 200 visible ASCII characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
// Long enough for any command to finish; a crashed request frees its key after this.
const PENDING_TTL_SECONDS = 60;
// Deletes the key only while it still holds this request's pending claim, never a finished answer or another's.
const RELEASE_CLAIM = `
local value = redis.call('GET', KEYS[1])
if value and cjson.decode(value).claim == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * `Idempotency-Key` on a POST: the first request with a key runs and its answer is kept (in Redis, for
 * IDEMPOTENCY_TTL_SECONDS); a retry with the same key and body gets that answer again without running the
 * command twice. Keys are per caller (token subject). The same key with another body is refused (422),
 * and a retry while the first is still running waits its turn (409), so a double click never files twice.
 * A service opts in with `{ provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }` in its module.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly redis: RedisConnection,
    private readonly records: IdempotencyRecords,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceKitConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.header(IDEMPOTENCY_HEADER);
    if (request.method !== 'POST' || key === undefined) return next.handle();
    return from(this.run(context, next, request, key));
  }

  private async run(
    context: ExecutionContext,
    next: CallHandler,
    request: AuthenticatedRequest,
    key: string,
  ): Promise<unknown> {
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw problem(
        400,
        'IDEMPOTENCY.INVALID_KEY',
        'An Idempotency-Key is 1 to 200 visible ASCII characters',
      );
    }
    const redisKey = this.records.keyOf(request.principal?.subject ?? 'anonymous', key);
    const fingerprint = fingerprintOf(request.method, request.originalUrl, request.body);
    const pending: RememberedAnswer = { state: 'pending', fingerprint, claim: randomUUID() };
    const release = () =>
      this.redis.client.eval(RELEASE_CLAIM, 1, redisKey, pending.claim).catch(() => undefined);
    let claimed: string | null;
    try {
      // Without Redis the key cannot be checked, so the command is not run: 503, and the client retries.
      claimed = await this.redis.run((client) =>
        client.set(redisKey, JSON.stringify(pending), 'EX', PENDING_TTL_SECONDS, 'NX'),
      );
    } catch (error) {
      // A frozen Redis may still run the claim once it wakes, and the retry would then find it "in progress"
      // until it expires. The release goes out on the same connection, after the claim, so it undoes it.
      void release();
      throw error;
    }
    if (claimed !== 'OK') return this.replay(context, redisKey, fingerprint);

    try {
      const body: unknown = await lastValueFrom(next.handle() as Observable<unknown>, {
        defaultValue: undefined,
      });
      const status = context.switchToHttp().getResponse<Response>().statusCode;
      const done: RememberedAnswer = { state: 'done', fingerprint, status, body };
      // The command ran: its answer goes out even if Redis went away meanwhile. A retry then finds the
      // pending claim (409) until it expires, which is better than a 503 that invites running it twice.
      await this.redis.client
        .set(redisKey, JSON.stringify(done), 'EX', this.config.IDEMPOTENCY_TTL_SECONDS)
        .catch(() => undefined);
      return body;
    } catch (error) {
      // A refused or failed request changed nothing: the same key may be used to try again. If Redis is
      // away the claim expires by itself; the request's own error is what the client needs to see.
      await release();
      throw error;
    }
  }

  private async replay(context: ExecutionContext, redisKey: string, fingerprint: string): Promise<unknown> {
    const stored = await this.redis.run((client) => client.get(redisKey));
    const remembered = stored ? (JSON.parse(stored) as RememberedAnswer) : undefined;
    if (!remembered) {
      throw problem(
        409,
        'IDEMPOTENCY.RETRY',
        'The first request with this key just ended without an answer; retry',
      );
    }
    if (remembered.fingerprint !== fingerprint) {
      throw problem(422, 'IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was used for a different request');
    }
    if (remembered.state === 'pending') {
      throw problem(409, 'IDEMPOTENCY.IN_PROGRESS', 'A request with this Idempotency-Key is still running');
    }
    if (remembered.state === 'erased') {
      throw problem(
        410,
        'IDEMPOTENCY.ANSWER_ERASED',
        'The answer to this request held personal data that has since been erased; it is not repeated',
      );
    }
    const response = context.switchToHttp().getResponse<Response>();
    response.status(remembered.status);
    response.setHeader('Idempotent-Replayed', 'true');
    return remembered.body;
  }
}

function problem(status: number, code: string, title: string): HttpException {
  return new HttpException({ code, title, detail: title }, status);
}

/**
 * What makes two requests under one key the same request: method, URL and body. A route's raw body (`@RawBody`,
 * up to tens of megabytes) is hashed as its bytes; as JSON a Buffer would become a list of numbers several times
 * its size. A parsed body is hashed as its JSON, as it always was, so keys stored before still match.
 */
export function fingerprintOf(method: string, url: string, body: unknown): string {
  const hash = createHash('sha256').update(`${method} ${url}\n`);
  hash.update(Buffer.isBuffer(body) ? body : JSON.stringify(body ?? null));
  return hash.digest('hex');
}
