import { Controller, Get, type MessageEvent, Param, Sse } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '@okr/service-kit';
import { IsString, Matches } from 'class-validator';
import { concat, from, map, mergeMap, type Observable } from 'rxjs';
import { summaryOf } from '../../domain/kpi-summary';
import { KpiDetailResponse, KpiListResponse } from '../../http/kpi.response';
import { LiveKpiFeed } from '../../infrastructure/live-kpi-feed';
import { MonitoringReader } from '../../infrastructure/monitoring-reader';

export class KpiIdParam {
  @ApiProperty({ pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$', example: 'improvement-culture.schools-in-trajectory' })
  @IsString()
  @Matches(/^[a-z0-9-]+\.[a-z0-9-]+$/, {
    message: 'id must look like pillar.kpi, e.g. improvement-culture.schools-in-trajectory',
  })
  id!: string;
}

export class KpiNotFoundError extends Error {
  readonly code = 'KPI.NOT_FOUND';
  constructor(readonly details: { id: string }) {
    super(`No KPI ${details.id}; GET /kpis lists them`);
  }
}

@ApiTags('kpis')
@Controller('kpis')
export class KpisHttpController {
  constructor(
    private readonly reader: MonitoringReader,
    private readonly feed: LiveKpiFeed,
  ) {}

  @Get()
  @Roles('monitoring', 'admin')
  @ApiOperation({
    summary:
      'Every KPI of the programme with its value, target and progress (no-source when no event feeds it yet)',
  })
  @ApiOkResponse({ type: KpiListResponse, description: 'Every KPI, with the view version' })
  async list(): Promise<KpiListResponse> {
    const { version, view } = await this.reader.view('kpis');
    return { version, kpis: view.map(summaryOf) };
  }

  @Sse('stream')
  @Roles('monitoring', 'admin')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'A stream of `kpi` events; each `data` is a KPI summary with the view version',
    content: {
      'text/event-stream': {
        // One Server-Sent Event: its `event`, its `id` (`<version>:<kpi id>`), and its `data` line (JSON).
        schema: {
          type: 'object',
          required: ['event', 'id', 'data'],
          properties: {
            event: { type: 'string', enum: ['kpi'] },
            id: { type: 'string', example: '12:improvement-culture.schools-in-trajectory' },
            data: { type: 'string', description: 'the KPI summary with the view version, as JSON' },
          },
        },
      },
    },
  })
  @ApiOperation({
    summary:
      'Live KPI values (Server-Sent Events): every KPI once on connecting, then each KPI whose value changes',
  })
  stream(): Observable<MessageEvent> {
    const current = from(this.reader.view('kpis')).pipe(
      mergeMap(({ version, view }) => view.map((detail) => ({ version, kpi: summaryOf(detail) }))),
    );
    return concat(current, this.feed.stream).pipe(
      map(({ version, kpi }) => ({ type: 'kpi', id: `${version}:${kpi.id}`, data: { version, ...kpi } })),
    );
  }

  @Get(':id')
  @Roles('monitoring', 'admin')
  @ApiOperation({
    summary:
      'One KPI with its definition, breakdowns per sector, school year and equal-access group, and its monthly series',
  })
  @ApiOkResponse({ type: KpiDetailResponse, description: 'The KPI' })
  @ApiNotFoundResponse({ description: 'KPI.NOT_FOUND' })
  async get(@Param() { id }: KpiIdParam): Promise<KpiDetailResponse> {
    const { version, view } = await this.reader.view('kpis');
    const detail = view.find((kpi) => kpi.id === id);
    if (!detail) throw new KpiNotFoundError({ id });
    return { version, ...detail };
  }
}
