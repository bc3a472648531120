import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { BODY_LIMIT_BYTES } from './json-body';

// What the kit answers for any request with a body, before a controller sees it (json-body.ts, validation.pipe.ts).
const BODY_RESPONSES = {
  '400':
    'REQUEST.MALFORMED_BODY, REQUEST.TOO_DEEP or VALIDATION.FAILED: the body is not JSON, too deep, or breaks a rule',
  '413': `REQUEST.TOO_LARGE: the body is larger than ${BODY_LIMIT_BYTES} bytes`,
  '415': 'REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed',
} as const;

/** Serves the OpenAPI document: the UI at `/docs`, the JSON at `/docs-json`. */
export function setUpOpenApi(app: INestApplication, service: string, description: string): void {
  const config = new DocumentBuilder()
    .setTitle(`Ontwikkelkracht ${service} service`)
    .setDescription(description)
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = withBodyResponses(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/**
 * Documents, on every operation that takes a body, the refusals the kit gives before the controller runs (a
 * body too deep, too large or not JSON), unless the operation documents them itself.
 */
export function withBodyResponses(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const operation of [path.post, path.put, path.patch]) {
      if (operation?.requestBody === undefined) continue;
      for (const [status, description] of Object.entries(BODY_RESPONSES)) {
        operation.responses[status] ??= {
          description,
          content: { 'application/problem+json': { schema: { type: 'object' } } },
        };
      }
    }
  }
  return document;
}
