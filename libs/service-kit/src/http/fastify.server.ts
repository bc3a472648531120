import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import { context } from '@opentelemetry/api';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { rememberRoute } from '../telemetry/route-of';
import { headerOf } from './http-request';
import { type HttpServerApp, type HttpServerOptions, isUnder, type RootModule } from './http-server';
import { BODY_LIMIT_BYTES } from './json-body';
import { ProblemException } from './problem';

// Node's own limit on a whole request head is 16 KiB, so no path parameter is longer: Fastify's default (100
// characters) would answer 414 where Express lets the parameter's validation answer 400.
const MAX_PARAM_LENGTH = 16 * 1024;

// Node's default time to receive a whole request, which Express keeps and Fastify would turn off (0).
const REQUEST_TIMEOUT_MS = 300_000;

/**
 * The service's application on Fastify (`HTTP_SERVER=fastify`), answering as on Express: bodies read as bytes
 * within the route's limit (the same 413 and 415 answers), errors Fastify raises before routing (a malformed URL)
 * handed to the kit's problem details filter, paths matched regardless of case and trailing slash as Express matches
 * them, and the matched route noted for metrics and spans.
 */
export async function createFastifyApp(root: RootModule, options: HttpServerOptions): Promise<HttpServerApp> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    requestTimeout: REQUEST_TIMEOUT_MS,
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: false, maxParamLength: MAX_PARAM_LENGTH },
    // To the error handler Nest installs at init (the kit's problem details filter), as every other error goes.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
      adapter.getInstance().errorHandler(error, request, reply),
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onRoute', (route) => {
    const limit = Object.entries(options.bodyLimits).find(([path]) => isUnder(route.url, path))?.[1];
    if (limit !== undefined) route.bodyLimit = limit;
  });
  fastify.addHook('onRequest', (request, _reply, done) => {
    const pattern = request.routeOptions.url;
    if (pattern !== undefined) nameRoute(request.raw, pattern);
    done();
  });
  // Every body is read as bytes, whatever its type; JsonBodyGuard parses JSON after the AuthGuard (as on Express).
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', (request: FastifyRequest, payload: IncomingMessage) =>
    readBody(
      payload,
      request.routeOptions.bodyLimit ?? BODY_LIMIT_BYTES,
      headerOf(request, 'content-encoding'),
    ),
  );
  const app = await NestFactory.create<NestFastifyApplication>(root, adapter, {
    ...options.nest,
    bodyParser: false,
  });
  // Fastify registers routes and plugins (the documentation's assets) when it is ready, not as Nest adds them.
  return { app, ready: async () => void (await fastify.ready()) };
}

/**
 * Notes the route a request matched for the kit's metrics and spans, and names the server span of the HTTP
 * instrumentation after it when telemetry is preloaded, as its Express instrumentation does on Express.
 */
function nameRoute(request: IncomingMessage, pattern: string): void {
  rememberRoute(request, pattern);
  const rpc = getRPCMetadata(context.active());
  if (rpc?.type === RPCType.HTTP) rpc.route = pattern;
}

/**
 * Reads a body as bytes, refusing it as Express's body parser does: 415 when compressed (a small compressed body
 * could unpack to far more than the limit), 413 as soon as it is larger than the limit.
 */
function readBody(payload: IncomingMessage, limit: number, encoding: string | undefined): Promise<Buffer> {
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    return Promise.reject(
      new ProblemException(
        415,
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        'content encoding unsupported',
        'content encoding unsupported',
      ),
    );
  }
  if (Number(headerOf(payload, 'content-length') ?? 0) > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limit) {
        stop();
        // Node reads and discards the rest once the answer is sent.
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      stop();
      resolve(Buffer.concat(chunks, received));
    };
    const onError = (error: Error): void => {
      stop();
      reject(error);
    };
    const stop = (): void => {
      payload.off('data', onData);
      payload.off('end', onEnd);
      payload.off('error', onError);
    };
    payload.on('data', onData);
    payload.once('end', onEnd);
    payload.once('error', onError);
  });
}

// The titles and details Express's body parser gives, so a client sees the same answer on either server.
function tooLarge(): ProblemException {
  return new ProblemException(
    413,
    'REQUEST.TOO_LARGE',
    'request entity too large',
    'request entity too large',
  );
}
