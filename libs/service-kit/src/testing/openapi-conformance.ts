import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import request from 'supertest';
import type { App } from 'supertest/types';

/** An answer as supertest gives it, with the request it answered. */
export interface AnsweredRequest {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** The body as text, for answers that are not JSON. */
  text?: string;
  request: { method: string; url: string };
}

/**
 * Checks real answers of a service against its own OpenAPI document: the status is documented for the operation,
 * the content type is one documented for that status, and the body matches the documented schema, strictly (an
 * object may carry no field its schema does not name, so nothing is answered that a generated client cannot see).
 */
export interface OpenApiConformance {
  /** What is wrong with `answer` by the document; empty when it conforms. */
  problemsOf(answer: AnsweredRequest): string[];
  /** Every operation of the document as `METHOD /path`, to compare with those a test has checked. */
  readonly operations: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Reads `/docs-json` of `app` and answers a checker of answers against it. */
export async function openApiConformanceOf(app: INestApplication): Promise<OpenApiConformance> {
  const response = await request(app.getHttpServer() as App)
    .get('/docs-json')
    .expect(200);
  return conformanceTo(response.body as OpenAPIObject);
}

/** A checker of answers against `document`. */
export function conformanceTo(document: OpenAPIObject): OpenApiConformance {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    ajv.addSchema(closed(schema), `#/components/schemas/${name}`);
  }
  const routes = Object.entries(document.paths)
    .map(([template, item]) => ({
      template,
      item,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      parameters: (template.match(/\{/g) ?? []).length,
    }))
    // `/inquiries/overdue` before `/inquiries/{id}`.
    .sort((a, b) => a.parameters - b.parameters);
  const validators = new Map<string, ValidateFunction>();

  const problemsOf = (answer: AnsweredRequest): string[] => {
    const method = answer.request.method.toLowerCase();
    const path = new URL(answer.request.url, 'http://localhost').pathname;
    const endpoint = `${method.toUpperCase()} ${path} → ${answer.status}`;
    const route = routes.find(({ pattern }) => pattern.test(path));
    const operation = route?.item[method as (typeof METHODS)[number]];
    if (!route || !operation) return [`${endpoint}: no such operation in the document`];
    const response = operation.responses[String(answer.status)];
    if (!response || '$ref' in response) return [`${endpoint}: status not documented`];
    const contentType = (answer.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    if (!response.content) return [];
    const media = response.content[contentType];
    if (!media) {
      return [
        `${endpoint}: content type ${contentType || '(none)'} not documented (${Object.keys(response.content).join(', ')})`,
      ];
    }
    if (!media.schema) return [];
    const key = `${method} ${route.template} ${answer.status} ${contentType}`;
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile(closed(media.schema));
      validators.set(key, validate);
    }
    // supertest parses JSON bodies only; a text answer (CSV, Prometheus) is its text.
    const body = /[/+]json$/.test(contentType) ? answer.body : (answer.text ?? answer.body);
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (error) =>
        `${endpoint}: body${error.instancePath} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`,
    );
  };

  return {
    problemsOf,
    operations: Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method] !== undefined).map(
        (method) => `${method.toUpperCase()} ${path}`,
      ),
    ),
  };
}

/** The schema with every object that names its properties closed to others; `$ref`s point into the components. */
function closed(schema: SchemaObject | ReferenceObject): object {
  if ('$ref' in schema) return { $ref: schema.$ref };
  if (schema.nullable === true) {
    // OpenAPI 3.0's nullable, as JSON Schema says it; `{ nullable, type: object, allOf: [$ref] }` (how a nullable
    // class is written) would otherwise still refuse null through its $ref.
    const { nullable: _nullable, ...rest } = schema;
    return { anyOf: [closed(rest), { type: 'null' }] };
  }
  const copy: Record<string, unknown> = { ...schema };
  if (schema.properties) {
    copy['properties'] = Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => [name, closed(property)]),
    );
    copy['additionalProperties'] ??= false;
  }
  if (schema.items) copy['items'] = closed(schema.items);
  for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = schema[keyword];
    if (list) copy[keyword] = list.map(closed);
  }
  return copy;
}
