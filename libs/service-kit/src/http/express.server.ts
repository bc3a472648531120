import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage } from 'node:http';
import { type HttpServerApp, type HttpServerOptions, isUnder, type RootModule } from './http-server';
import { BODY_LIMIT_BYTES } from './json-body';

/** The service's application on Express (`HTTP_SERVER=express`). */
export async function createExpressApp(root: RootModule, options: HttpServerOptions): Promise<HttpServerApp> {
  // Nest's own parsers have no depth limit and take form bodies; the kit reads bodies itself (below).
  const app = await NestFactory.create<NestExpressApplication>(root, { ...options.nest, bodyParser: false });
  // Any body is read as bytes within the size limit (413 above it, 415 when compressed); JsonBodyGuard parses it as
  // JSON only, after the AuthGuard, so a request without a valid token is refused before its body is looked at.
  // A route with a limit of its own reads its body first; the common parser then finds it read and passes.
  for (const [path, limit] of Object.entries(options.bodyLimits)) {
    app.useBodyParser('raw', {
      limit,
      type: (req: IncomingMessage) => isUnder(req.url, path),
      inflate: false,
    });
  }
  app.useBodyParser('raw', { limit: BODY_LIMIT_BYTES, type: () => true, inflate: false });
  return { app, ready: () => Promise.resolve() };
}
