import type { INestApplication, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService } from '@nestjs/core';
import {
  DocumentBuilder,
  getSchemaPath,
  type OpenAPIObject,
  type OperationObject,
  type ReferenceObject,
  type SchemaObject,
  SwaggerModule,
} from '@nestjs/swagger';
import type { JsonSchema } from '@okr/contracts';
import { IDEMPOTENCY_KEY_PATTERN, IdempotencyInterceptor } from './idempotency.interceptor';
import { BODY_LIMIT_BYTES } from './json-body';
import { FieldProblemSchema, ProblemDetails } from './problem-details.schema';
import type { DomainErrorStatus } from './problem-details.filter';
import { validatorRulesOf } from './validator-rules';

// What the kit answers for any request with a body, before a controller sees it (json-body.ts, validation.pipe.ts).
const BODY_RESPONSES = {
  '400':
    'REQUEST.MALFORMED_BODY, REQUEST.TOO_DEEP or VALIDATION.FAILED: the body is not JSON, too deep, or breaks a rule',
  '413': `REQUEST.TOO_LARGE: the body is larger than ${BODY_LIMIT_BYTES} bytes`,
  '415': 'REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed',
} as const;

// What the kit answers on any endpoint that needs a token, whatever the controller does.
const PARAMETER_REFUSAL =
  'REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each';
const NOT_FOUND = 'What the path names does not exist';
const UNAVAILABLE =
  'DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds';
const DOMAIN_REFUSAL: Readonly<Record<number, string>> = {
  404: 'Something the request names does not exist',
  409: 'The current state refuses the request (someone was first, or it is too late for it); see `code`',
  422: 'The request is well-formed but breaks a rule of the programme; see `code`',
  503: 'The service cannot answer yet; retry after Retry-After seconds',
};

const PROBLEM_CONTENT = {
  'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetails) } },
} as const;

/** Serves the OpenAPI document: the UI at `/docs`, the JSON at `/docs-json`. */
export function setUpOpenApi(
  app: INestApplication,
  service: string,
  description: string,
  domainErrorStatus: DomainErrorStatus = {},
): void {
  const config = new DocumentBuilder()
    .setTitle(`Ontwikkelkracht ${service} service`)
    .setDescription(
      `${description}\n\nEvery error answer is an RFC 9457 problem document (application/problem+json, schema ` +
        'ProblemDetails). No string may contain a NUL character, no body field may be null (leave it out), and ' +
        'no number may exceed 2^53 in size.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDetails, FieldProblemSchema],
  });
  withDeclaredPathParameters(document);
  withValidatorConstraints(document, argumentClassesOf(app));
  if (usesIdempotencyKeys(app)) withIdempotencyKeyHeader(document);
  withErrorResponses(document, domainErrorStatus);
  withBodyResponses(document);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/**
 * Documents, on every operation that takes a body, the refusals the kit gives before the controller runs (a
 * body too deep, too large or not JSON), unless the operation documents them itself.
 */
export function withBodyResponses(document: OpenAPIObject): OpenAPIObject {
  for (const operation of operationsOf(document)) {
    if (operation.requestBody === undefined) continue;
    for (const [status, description] of Object.entries(BODY_RESPONSES)) {
      operation.responses[status] ??= { description, content: { ...PROBLEM_CONTENT } };
    }
  }
  return document;
}

/**
 * Documents every error answer an operation that needs a token can give, as a problem document: 400 when it takes
 * parameters, 404 when its path names something, the service's domain refusals (every status of its error table
 * on a command; 404 and 503 on a read), and 503 when a store is away. Describes the problem document on error
 * answers documented without a body.
 */
export function withErrorResponses(
  document: OpenAPIObject,
  domainErrorStatus: DomainErrorStatus = {},
): OpenAPIObject {
  const domainStatuses = [...new Set(Object.values(domainErrorStatus))].sort((a, b) => a - b);
  for (const [path, method, operation] of operationEntriesOf(document)) {
    // Only an endpoint that names its roles (@Roles) needs a token and runs the service's code; health is open.
    if (!('x-roles' in operation)) continue;
    const responses = operation.responses;
    const namesSomething = path.includes('{');
    if ((operation.parameters ?? []).length > 0) {
      responses['400'] ??= { description: PARAMETER_REFUSAL };
    }
    if (namesSomething) {
      responses['404'] ??= { description: NOT_FOUND };
    }
    const isRead = method === 'get';
    for (const status of domainStatuses) {
      if (isRead && status !== 503 && !(status === 404 && namesSomething)) continue;
      responses[String(status)] ??= {
        description: DOMAIN_REFUSAL[status] ?? 'A domain rule refuses the request',
      };
    }
    responses['503'] ??= { description: UNAVAILABLE };
    for (const [status, response] of Object.entries(responses)) {
      if (Number(status) < 400 || !response || isReference(response) || response.content !== undefined)
        continue;
      response.content = { ...PROBLEM_CONTENT };
    }
  }
  return document;
}

const IDEMPOTENCY_RESPONSES = {
  '409': 'IDEMPOTENCY.IN_PROGRESS: a request with this Idempotency-Key is still running; retry',
  '422': 'IDEMPOTENCY.KEY_REUSED: this Idempotency-Key came with another request before',
} as const;

function usesIdempotencyKeys(app: INestApplication): boolean {
  return app
    .get(DiscoveryService)
    .getProviders()
    .some((wrapper) => wrapper.instance instanceof IdempotencyInterceptor);
}

/**
 * Declares the optional `Idempotency-Key` header on every POST that needs a token, for a service that registered
 * the IdempotencyInterceptor, with the refusals it gives (400 for a malformed key, 409 and 422).
 */
export function withIdempotencyKeyHeader(document: OpenAPIObject): OpenAPIObject {
  for (const [, method, operation] of operationEntriesOf(document)) {
    if (method !== 'post' || !('x-roles' in operation)) continue;
    operation.parameters = [
      ...(operation.parameters ?? []),
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and ' +
          'the command does not run twice; keys are per caller',
        schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source },
      },
    ];
    for (const [status, description] of Object.entries(IDEMPOTENCY_RESPONSES)) {
      operation.responses[status] ??= { description };
    }
  }
  return document;
}

/**
 * Declares every `{name}` of a path that no parameter declares (a params class without `@ApiProperty`) as a
 * string, so that a client can fill it in; the validators' rules are added to it afterwards.
 */
export function withDeclaredPathParameters(document: OpenAPIObject): OpenAPIObject {
  for (const [path, , operation] of operationEntriesOf(document)) withPathParameters(path, operation);
  return document;
}

function withPathParameters(path: string, operation: OperationObject): void {
  const declared = new Set(
    (operation.parameters ?? []).flatMap((parameter) => (isReference(parameter) ? [] : [parameter.name])),
  );
  for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
    if (name === undefined || declared.has(name)) continue;
    operation.parameters = [
      ...(operation.parameters ?? []),
      { name, in: 'path', required: true, schema: { type: 'string' } },
    ];
  }
}

/** The classes a handler takes its body, query and path from, by operation id (`Controller_method`). */
export interface ArgumentClasses {
  body?: Type<unknown>;
  query?: Type<unknown>;
  path?: Type<unknown>;
}

const ARGUMENT_KINDS: ReadonlyArray<[RouteParamtypes, keyof ArgumentClasses]> = [
  [RouteParamtypes.BODY, 'body'],
  [RouteParamtypes.QUERY, 'query'],
  [RouteParamtypes.PARAM, 'path'],
];

/** Reads, from every controller of `app`, the DTO classes of its handlers' `@Body()`, `@Query()` and `@Param()`. */
export function argumentClassesOf(app: INestApplication): Map<string, ArgumentClasses> {
  const found = new Map<string, ArgumentClasses>();
  for (const wrapper of app.get(DiscoveryService).getControllers()) {
    const controller = wrapper.metatype as Type<unknown> | undefined;
    if (!controller) continue;
    const prototype = controller.prototype as object;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      if (method === 'constructor') continue;
      const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) as
        Record<string, { index: number; data?: unknown }> | undefined;
      const types = Reflect.getMetadata('design:paramtypes', prototype, method) as unknown[] | undefined;
      if (!args || !types) continue;
      const classes: ArgumentClasses = {};
      for (const [key, { index, data }] of Object.entries(args)) {
        const kind = ARGUMENT_KINDS.find(([paramtype]) => key.startsWith(`${paramtype}:`))?.[1];
        const type = types[index];
        if (kind && data === undefined && isDtoClass(type)) classes[kind] = type;
      }
      found.set(`${controller.name}_${method}`, classes);
    }
  }
  return found;
}

/**
 * Writes the validators' rules into the document (integer types, patterns, formats, bounds, enums, required fields),
 * where the `@ApiProperty` decorators left them out, so that what the document calls valid is what the validation
 * pipe accepts. A body refuses unknown fields (the pipe's `forbidNonWhitelisted`), so its schemas say so.
 */
export function withValidatorConstraints(
  document: OpenAPIObject,
  argumentClasses: ReadonlyMap<string, ArgumentClasses>,
): OpenAPIObject {
  for (const operation of operationsOf(document)) {
    const classes = operation.operationId ? argumentClasses.get(operation.operationId) : undefined;
    if (!classes) continue;
    for (const [kind, location] of [
      ['query', 'query'],
      ['path', 'path'],
    ] as const) {
      const dto = classes[kind];
      if (dto) withParameterRules(operation, location, validatorRulesOf(dto as new () => object));
    }
    const content =
      operation.requestBody && !isReference(operation.requestBody)
        ? operation.requestBody.content['application/json']
        : undefined;
    if (classes.body && content?.schema && operation.requestBody && !isReference(operation.requestBody)) {
      const rules = validatorRulesOf(classes.body as new () => object);
      withBodyRules(document, content.schema, rules, new Set());
      // A body whose every field is optional may be left out (the kit reads no body as an empty one).
      operation.requestBody.required = ((rules['required'] ?? []) as string[]).length > 0;
    }
  }
  return document;
}

function withParameterRules(operation: OperationObject, location: 'query' | 'path', rules: JsonSchema): void {
  const properties = (rules['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((rules['required'] ?? []) as string[]);
  for (const parameter of operation.parameters ?? []) {
    if (isReference(parameter) || parameter.in !== location) continue;
    const rule = properties[parameter.name];
    if (!rule) continue;
    const schema = parameter.schema ?? {};
    if (!isReference(schema)) parameter.schema = mergeRules(schema, rule);
    if (location === 'query') parameter.required = required.has(parameter.name);
  }
}

function withBodyRules(
  document: OpenAPIObject,
  schemaOrReference: SchemaObject | ReferenceObject,
  rules: JsonSchema,
  seen: Set<SchemaObject>,
): void {
  const schema = resolve(document, schemaOrReference);
  if (!schema || seen.has(schema)) return;
  seen.add(schema);
  if (schema.type === 'array' && schema.items) {
    withBodyRules(document, schema.items, (rules['items'] ?? {}) as JsonSchema, seen);
    return;
  }
  const properties = (rules['properties'] ?? undefined) as Record<string, JsonSchema> | undefined;
  if (!properties) return;
  schema.additionalProperties = false;
  const required = (rules['required'] ?? []) as string[];
  if (required.length > 0) schema.required = required;
  else delete schema.required;
  schema.properties ??= {};
  for (const [name, rule] of Object.entries(properties)) {
    const property = schema.properties[name];
    if (property === undefined) {
      schema.properties[name] = openApiSchemaOf(rule);
      continue;
    }
    const target = resolve(document, property);
    if (!target) continue;
    if (isReference(property) || (target.type === 'array' && target.items && isReference(target.items))) {
      if (target.type === 'array') copyKeywords(target, rule, ['minItems', 'maxItems']);
      withBodyRules(document, property, rule, seen);
      continue;
    }
    schema.properties[name] = mergeRules(target, rule);
    const merged = schema.properties[name];
    if (!isReference(merged) && merged.type === 'array' && merged.items && rule['items']) {
      const items = resolve(document, merged.items);
      if (items && !isReference(merged.items)) merged.items = mergeRules(items, rule['items'] as JsonSchema);
    }
  }
}

// The keywords a validator rule writes over what @ApiProperty documents: the validators decide what is accepted. A
// documented format stays (a day documented as `date` may be validated as ISO 8601), and a number the validators
// want whole becomes an integer.
const RULE_KEYWORDS = [
  'pattern',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
] as const;

function mergeRules(schema: SchemaObject, rule: JsonSchema): SchemaObject {
  const merged: SchemaObject = { ...schema };
  const type = rule['type'];
  if (
    typeof type === 'string' &&
    (merged.type === undefined || (merged.type === 'number' && type === 'integer'))
  ) {
    merged.type = type;
  }
  copyKeywords(merged, rule, ['format']);
  Object.assign(merged, pick(rule, RULE_KEYWORDS));
  if (merged.type === 'number' || merged.type === 'integer') {
    // The kit refuses any number beyond ±2^53 (validation.pipe.ts), where JSON numbers stop being exact.
    merged.minimum ??= -Number.MAX_SAFE_INTEGER;
    merged.maximum ??= Number.MAX_SAFE_INTEGER;
  }
  return merged;
}

function pick(rule: JsonSchema, keywords: readonly string[]): JsonSchema {
  return Object.fromEntries(
    keywords.filter((keyword) => rule[keyword] !== undefined).map((k) => [k, rule[k]]),
  );
}

function copyKeywords(schema: SchemaObject, rule: JsonSchema, keywords: readonly string[]): void {
  const target = schema as Record<string, unknown>;
  for (const keyword of keywords) {
    if (rule[keyword] !== undefined && target[keyword] === undefined) target[keyword] = rule[keyword];
  }
}

/** A validator rule that @ApiProperty does not document at all, as an OpenAPI 3.0 schema. */
function openApiSchemaOf(rule: JsonSchema): SchemaObject {
  return mergeRules({}, rule);
}

function resolve(document: OpenAPIObject, schema: SchemaObject | ReferenceObject): SchemaObject | undefined {
  if (!isReference(schema)) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = document.components?.schemas?.[name];
  return target === undefined ? undefined : resolve(document, target);
}

function isReference(value: object): value is ReferenceObject {
  return '$ref' in value;
}

function isDtoClass(type: unknown): type is Type<unknown> {
  return typeof type === 'function' && ![String, Number, Boolean, Object, Array].includes(type as never);
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

function operationEntriesOf(document: OpenAPIObject): Array<[string, string, OperationObject]> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method): Array<[string, string, OperationObject]> => {
      const operation = item[method];
      return operation ? [[path, method, operation]] : [];
    }),
  );
}

function operationsOf(document: OpenAPIObject): OperationObject[] {
  return operationEntriesOf(document).map(([, , operation]) => operation);
}
