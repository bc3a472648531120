import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { Actor, IdParam, ProblemException, RawBody, Roles } from '@okr/service-kit';
import type { Request, Response } from 'express';
import { ImportProgressStore } from './import-progress';
import { importResponse, ImportResponse } from './import.response';
import { ImportRunner } from './import-runner';
import { StartImportQueryDto } from './start-import.query.dto';

/** The media type of an import file: one JSON object per line. */
export const IMPORT_MEDIA_TYPE = 'application/x-ndjson';

/** The largest import file, in bytes (64 MiB): about 200,000 rows, the history of some 15,000 schools. */
export const IMPORT_BODY_LIMIT_BYTES = 64 * 1024 * 1024;

@ApiTags('imports')
@Controller('imports')
@Roles('admin')
export class ImportsHttpController {
  constructor(
    private readonly runner: ImportRunner,
    private readonly progress: ImportProgressStore,
  ) {}

  @Post()
  @HttpCode(202)
  @RawBody(IMPORT_MEDIA_TYPE)
  @ApiOperation({
    summary:
      "Import the programme's history from a JSON-lines file (docs/import-format.md): each row through its " +
      'endpoint, in file order, dated by its own days; runs in the background (GET the Location for progress)',
    description:
      'Each line is `{"id": "<row id>", "kind": "school" | "inquiry" | "conversation" | "referral" | ' +
      '"inquiry-closure" | "intake" | "round" | "application" | "information-request" | "resubmission" | "grant" | ' +
      '"rejection" | "application-withdrawal" | "participation-start" | "completion" | ' +
      '"participation-withdrawal" | "assessment" | "coach", …the fields of that endpoint\'s body}`; rows name ' +
      'earlier rows by id (`inquiry`, `round`, `application`). A row already imported (by any run of any file) ' +
      `is counted unchanged, so the same file can be run again. At most ${IMPORT_BODY_LIMIT_BYTES} bytes.`,
  })
  @ApiConsumes(IMPORT_MEDIA_TYPE)
  @ApiBody({
    schema: { type: 'string', example: '{"id":"school-12AB","kind":"school","brin":"12AB", "…": "…"}\n' },
  })
  @ApiAcceptedResponse({
    type: ImportResponse,
    description: 'The import, started; its progress is at the Location',
    headers: { Location: { description: '/imports/{importId}', schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({
    description: 'IMPORT.EMPTY: no rows; REQUEST.VALIDATION_FAILED: dryRun is no boolean',
  })
  @ApiPayloadTooLargeResponse({
    description: `REQUEST.TOO_LARGE: more than ${IMPORT_BODY_LIMIT_BYTES} bytes`,
  })
  @ApiUnsupportedMediaTypeResponse({
    description: `REQUEST.UNSUPPORTED_MEDIA_TYPE: not ${IMPORT_MEDIA_TYPE}`,
  })
  async start(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Query() query: StartImportQueryDto,
    @Actor() actor: string,
  ): Promise<ImportResponse> {
    const text = bodyText(request.body);
    if (text.trim() === '') {
      throw new ProblemException(
        400,
        'IMPORT.EMPTY',
        'The file has no rows',
        'Send one JSON object per line',
      );
    }
    const started = await this.runner.start(text, { dryRun: query.dryRun ?? false, actor });
    response.location(`/imports/${started.importId}`);
    return importResponse(started);
  }

  @Get(':id')
  @ApiOperation({
    summary: "An import's progress: rows done, created, unchanged, failed, and each error's line",
  })
  @ApiOkResponse({ type: ImportResponse })
  @ApiNotFoundResponse({
    description: 'IMPORT.NOT_FOUND: no such import (or its report expired after a week)',
  })
  async find(@Param() { id }: IdParam): Promise<ImportResponse> {
    const progress = await this.progress.find(id);
    if (!progress) {
      throw new NotFoundException({
        code: 'IMPORT.NOT_FOUND',
        title: 'No such import',
        detail: `No import ${id}`,
      });
    }
    return importResponse(progress);
  }
}

function bodyText(body: unknown): string {
  if (!Buffer.isBuffer(body)) return '';
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new ProblemException(
      400,
      'REQUEST.MALFORMED_BODY',
      'The request body is malformed',
      'The file is not UTF-8',
    );
  }
}
