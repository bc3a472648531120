import {
  type CanActivate,
  type CustomDecorator,
  type ExecutionContext,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ProblemException } from './problem';

/** The largest request body a service reads, in bytes (1 MiB); a larger one is answered with 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** The deepest nesting of objects and arrays a request body may have; deeper is answered with 400. */
export const BODY_MAX_DEPTH = 32;

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

const RAW_BODY_MEDIA_TYPE = 'okr:raw-body-media-type';

/**
 * The route reads its body itself, as the bytes of one media type (e.g. application/x-ndjson): JsonBodyGuard
 * hands it the raw Buffer (read within the size limit as any other body), and refuses another type with 415.
 * Read it with `@Req()`, not `@Body()`, so the validation pipe never walks the bytes.
 */
export function RawBody(mediaType: string): CustomDecorator {
  return SetMetadata(RAW_BODY_MEDIA_TYPE, mediaType);
}

/**
 * Turns the raw body (read within the size limit by the raw body parser) into JSON, refusing a media type other than
 * JSON with 415 and a body nested deeper than BODY_MAX_DEPTH with 400 before parsing it, so that no later recursive
 * step (transformation, validation, hashing) can overflow the stack. A guard registered after the AuthGuard, so a
 * request without a valid token is refused (401) before its body is looked at.
 */
@Injectable()
export class JsonBodyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const rawMediaType = this.reflector.get<string | undefined>(RAW_BODY_MEDIA_TYPE, context.getHandler());
    if (rawMediaType !== undefined) {
      assertMediaType(request.headers['content-type'], rawMediaType);
      return true;
    }
    request.body = parseRawBody(request.body, request.headers['content-type']);
    return true;
  }
}

function assertMediaType(contentType: string | undefined, expected: string): void {
  const [mediaType = ''] = (contentType ?? '').split(';');
  if (mediaType.trim().toLowerCase() !== expected) {
    throw new ProblemException(
      415,
      'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      'Unsupported media type',
      `This request's body must be ${expected}, not ${mediaType.trim() || 'untyped'}`,
    );
  }
}

function parseRawBody(raw: unknown, contentType: string | undefined): unknown {
  // No body was sent (or it was parsed already): nothing to parse.
  if (!Buffer.isBuffer(raw)) return raw === undefined || typeof raw === 'object' ? raw : undefined;
  if (raw.length === 0) return undefined;
  assertJsonMediaType(contentType);
  const text = decodeUtf8(raw);
  assertDepthWithin(text, BODY_MAX_DEPTH);
  return parseObjectOrArray(text);
}

function assertJsonMediaType(contentType: string | undefined): void {
  const [mediaType = '', ...parameters] = (contentType ?? '').split(';');
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith('charset='));
  const charsetValue = charset?.slice('charset='.length).replace(/"/g, '');
  if (!JSON_MEDIA_TYPE.test(mediaType.trim().toLowerCase())) {
    throw new ProblemException(
      415,
      'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      'Unsupported media type',
      `A request body must be application/json, not ${mediaType.trim() || 'untyped'}`,
    );
  }
  if (charsetValue !== undefined && charsetValue !== 'utf-8' && charsetValue !== 'utf8') {
    throw new ProblemException(
      415,
      'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      'Unsupported media type',
      `A JSON body must be UTF-8, not ${charsetValue}`,
    );
  }
}

function decodeUtf8(raw: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw malformed('The body is not valid UTF-8');
  }
}

/** Counts nesting outside string literals, without parsing, and stops at the first level too deep. */
function assertDepthWithin(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c /* \ */) index++;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      depth++;
      if (depth > maxDepth) {
        throw new ProblemException(
          400,
          'REQUEST.TOO_DEEP',
          'The request body is nested too deeply',
          `Objects and arrays may be nested at most ${maxDepth} levels deep`,
        );
      }
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      depth--;
    }
  }
}

function parseObjectOrArray(text: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw malformed(`The body is not valid JSON: ${error instanceof Error ? error.message : 'unreadable'}`);
  }
  if (typeof body !== 'object' || body === null) {
    throw malformed('The body must be a JSON object or array');
  }
  return body;
}

function malformed(detail: string): ProblemException {
  return new ProblemException(400, 'REQUEST.MALFORMED_BODY', 'The request body is malformed', detail);
}
