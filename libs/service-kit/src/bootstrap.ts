import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage } from 'node:http';
import type { Server } from 'node:http';
import type pino from 'pino';
import type { Logger } from 'pino';
import { ConfigValidationError, loadConfig } from './config/load-config';
import type { ServiceKitConfig } from './config/service-kit.config';
import { BODY_LIMIT_BYTES } from './http/json-body';
import { setUpOpenApi } from './http/openapi';
import { createLogger, PinoNestLogger } from './logging/logger';
import { type ServiceDefinition, ServiceKitModule } from './service-kit.module';
import { flushTraces } from './telemetry/flush';
import type { Clock } from './time/clock';

export interface CreateServiceAppOptions {
  /** Environment to read the configuration from; defaults to `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Where JSON log lines go; defaults to stdout. */
  logDestination?: pino.DestinationStream;
  /** Where "now" and "today" come from; the system clock by default. */
  clock?: Clock;
}

export interface ServiceApp<C extends ServiceKitConfig> {
  app: INestApplication;
  config: C;
  logger: Logger;
}

/**
 * How long an idle keep-alive connection stays open: longer than the idle timeout of whatever reuses connections
 * in front of the service (ingress-nginx keeps upstream connections 60 s, as do most load balancers), so that the
 * client side always closes first. When the server closes a connection at the moment a client reuses it, that
 * request is reset (ECONNRESET; a 502 behind a proxy). Node's default, 5 s, is shorter than all of them. Node 24
 * waits one more second than it announces (`Keep-Alive: timeout=65`), for clients that honour the announcement.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

@Module({})
class ServiceRootModule {}

/** Builds the service's Nest application with everything the kit provides, without listening (tests use this). */
export async function createServiceApp<C extends ServiceKitConfig>(
  definition: ServiceDefinition<C>,
  options: CreateServiceAppOptions = {},
): Promise<ServiceApp<C>> {
  const config = loadConfig(definition.config, options.env ?? process.env);
  const logger = createLogger(definition.name, config.LOG_LEVEL, options.logDestination);
  const app = await NestFactory.create<NestExpressApplication>(
    {
      module: ServiceRootModule,
      imports: [ServiceKitModule.forRoot(definition, config, logger, options.clock), definition.module],
    },
    // Nest's own parsers have no depth limit and take form bodies; the kit reads bodies itself (below).
    { logger: new PinoNestLogger(logger), abortOnError: false, bodyParser: false },
  );
  // Any body is read as bytes within the size limit (413 above it, 415 when compressed); JsonBodyGuard parses it as
  // JSON only, after the AuthGuard, so a request without a valid token is refused before its body is looked at.
  // A route with a limit of its own reads its body first; the common parser then finds it read and passes.
  for (const [path, limit] of Object.entries(definition.bodyLimits ?? {})) {
    app.useBodyParser('raw', {
      limit,
      type: (req: IncomingMessage) => isUnder(req.url, path),
      inflate: false,
    });
  }
  app.useBodyParser('raw', { limit: BODY_LIMIT_BYTES, type: () => true, inflate: false });
  setUpOpenApi(app, definition.name, definition.description, definition.domainErrorStatus);
  try {
    await app.init();
  } catch (error) {
    // A refused boot must not leave connections open behind it.
    await app.close().catch(() => undefined);
    throw error;
  }
  return { app, config, logger };
}

/** Whether a request's URL is `path` or below it (a query string or a further segment). */
function isUnder(url: string | undefined, path: string): boolean {
  const [pathname = ''] = (url ?? '').split('?');
  return pathname === path || pathname.startsWith(`${path}/`);
}

/** Starts a service: validated config, HTTP server, and a graceful stop on SIGTERM/SIGINT. */
export async function bootstrapService<C extends ServiceKitConfig>(
  definition: ServiceDefinition<C>,
): Promise<void> {
  let service: ServiceApp<C>;
  try {
    service = await createServiceApp(definition);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${definition.name}: ${error.message}\nSee .env.example for every key.\n`);
      process.exit(1);
    }
    throw error;
  }
  const { app, config, logger } = service;
  const port = config.PORT ?? definition.defaultPort;
  await app.listen(port, config.HOST);
  (app.getHttpServer() as Server).keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  logger.info({ port, host: config.HOST }, `${definition.name} listening`);
  stopGracefully(app, logger, config.SHUTDOWN_TIMEOUT_MS);
}

/**
 * On SIGTERM/SIGINT: stop accepting connections and let in-flight requests finish first, then close
 * consumers and connections (module destroy hooks). Nest's own shutdown hooks close connections
 * before the server, which would fail the requests still running.
 */
function stopGracefully(app: INestApplication, logger: Logger, timeoutMs: number): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: no new requests, finishing in-flight work');
    const deadline = setTimeout(() => {
      logger.error({ timeoutMs }, 'stop took too long; exiting with work unfinished');
      exitAfterFlush(logger, 1);
    }, timeoutMs);
    deadline.unref();
    try {
      await closeServer(app.getHttpServer() as Server);
      await app.close();
      // The last requests' and events' spans are still buffered for export.
      await flushTraces().catch((error: unknown) =>
        logger.warn({ err: error }, 'spans not exported at stop'),
      );
      logger.info('stopped');
      exitAfterFlush(logger, 0);
    } catch (error) {
      logger.error({ err: error }, 'error while stopping');
      exitAfterFlush(logger, 1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, (received) => void stop(received));
  }
}

/** Log lines are written asynchronously; exiting before they are flushed would lose the last ones. */
function exitAfterFlush(logger: Logger, code: number): void {
  logger.flush(() => process.exit(code));
}

// How often a stopping server closes the keep-alive connections that became idle since it last looked.
const IDLE_SWEEP_MS = 50;

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // Idle keep-alive connections would hold `close` open for KEEP_ALIVE_TIMEOUT_MS; busy ones finish their
    // request first, and Node keeps them open afterwards, so they are closed as soon as they become idle.
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}
