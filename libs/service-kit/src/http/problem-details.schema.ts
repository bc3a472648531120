import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldProblem, ProblemDocument } from './problem';

/** One failing field of a request, as the OpenAPI document shows it. */
export class FieldProblemSchema implements FieldProblem {
  @ApiProperty({
    example: 'address.postcode',
    description: 'dotted path of the field; `(body)` for the body',
  })
  field!: string;

  @ApiProperty({ type: [String], example: ['postcode must look like 1234 AB'] })
  messages!: string[];
}

/**
 * Every error answer of every service (RFC 9457 problem details, `application/problem+json`), as the OpenAPI
 * document shows it; named `ProblemDetails` in the document.
 */
export class ProblemDetails implements ProblemDocument {
  [extension: string]: unknown;

  @ApiProperty({ example: 'urn:okr:problem:request.validation_failed' })
  type!: string;

  @ApiProperty({ example: 'The request is invalid' })
  title!: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 })
  status!: number;

  @ApiProperty({ example: 'REQUEST.VALIDATION_FAILED', description: 'the stable error code' })
  code!: string;

  @ApiPropertyOptional({ example: 'Invalid fields: brin' })
  detail?: string;

  @ApiPropertyOptional({ example: '/schools', description: 'the path of the request' })
  instance?: string;

  @ApiPropertyOptional({ description: 'the correlation id of the request, to quote when reporting it' })
  correlationId?: string;

  @ApiPropertyOptional({
    type: [FieldProblemSchema],
    description: 'the failing fields of a refused request (400 REQUEST.VALIDATION_FAILED)',
  })
  errors?: FieldProblemSchema[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'facts a domain error carries, for a client to act on',
  })
  details?: Record<string, unknown>;
}
