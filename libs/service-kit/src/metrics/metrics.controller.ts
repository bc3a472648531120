import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { Roles } from '../auth/roles.decorator';
import { Metrics } from './metrics';

/**
 * Prometheus scrapes `/metrics` with a token carrying the `metrics` role: the numbers name topics and
 * volumes, which anonymous callers must not read (docs/adr/0009-traces-and-metrics.md).
 */
@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Roles('metrics', 'admin')
  @Header('content-type', Registry.PROMETHEUS_CONTENT_TYPE)
  // Documented by media type alone: clients match on it, the version parameter is Prometheus's own business.
  @ApiProduces('text/plain')
  @ApiOperation({
    summary:
      'Prometheus metrics: HTTP latency by route and status, outbox, relay, consumer lag, dead letters, process',
  })
  @ApiOkResponse({
    description: "Prometheus's text exposition format",
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  scrape(): Promise<string> {
    return this.metrics.text();
  }
}
