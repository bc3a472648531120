import type { INestApplication, NestApplicationOptions } from '@nestjs/common';
import type { NestFactory } from '@nestjs/core';

/** The root module of a service's application, as `NestFactory.create` takes it. */
export type RootModule = Parameters<typeof NestFactory.create>[0];

/** A Nest application on one HTTP server, with bodies read as the kit reads them. */
export interface HttpServerApp {
  app: INestApplication;
  /** Once `app.init()` has registered every route: makes the server answer (supertest calls it without `listen`). */
  ready: () => Promise<void>;
}

/** What both adapters are told: Nest's options and the routes with a body limit of their own. */
export interface HttpServerOptions {
  nest: NestApplicationOptions;
  bodyLimits: Readonly<Record<string, number>>;
}

/** Whether a request's URL is `path` or below it (a query string or a further segment). */
export function isUnder(url: string | undefined, path: string): boolean {
  const [pathname = ''] = (url ?? '').split('?');
  return pathname === path || pathname.startsWith(`${path}/`);
}
