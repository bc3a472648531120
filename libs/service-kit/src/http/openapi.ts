import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the OpenAPI document: the UI at `/docs`, the JSON at `/docs-json`. */
export function setUpOpenApi(app: INestApplication, service: string, description: string): void {
  const config = new DocumentBuilder()
    .setTitle(`Ontwikkelkracht ${service} service`)
    .setDescription(description)
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
