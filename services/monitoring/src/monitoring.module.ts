import { Module } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { RedisConnection, SERVICE_CONFIG } from '@okr/service-kit';
import type { Connection } from 'mongoose';
import { RebuildHttpController } from './commands/rebuild/rebuild.http.controller';
import type { MonitoringConfig } from './config/monitoring.config';
import { CheckpointStore } from './infrastructure/checkpoint-store';
import { LagReports } from './infrastructure/lag-reports';
import { ProjectorReadiness } from './infrastructure/projector-readiness';
import { LiveKpiFeed } from './infrastructure/live-kpi-feed';
import { MonitoringReader } from './infrastructure/monitoring-reader';
import { ReadModelVersions } from './infrastructure/read-model-versions';
import { ViewStore } from './infrastructure/view-store';
import { ProjectionHost } from './projection/projection-host';
import { KpisHttpController } from './queries/kpis/kpis.http.controller';
import { LagHttpController } from './queries/lag/lag.http.controller';
import { LagMetrics } from './queries/lag/lag.metrics';
import { ProgrammeHttpController } from './queries/programme/programme.http.controller';
import { QuarterlyReportHttpController } from './queries/quarterly-report/quarterly-report.http.controller';
import { LabFunnelHttpController } from './queries/lab-funnel/lab-funnel.http.controller';

/**
 * Monitoring: one replica (the lease holder) projects every platform event into versioned read models; every
 * replica serves them from Redis and MongoDB, and streams KPI changes to its clients.
 */
@Module({
  controllers: [
    KpisHttpController,
    ProgrammeHttpController,
    QuarterlyReportHttpController,
    LagHttpController,
    RebuildHttpController,
    LabFunnelHttpController,
  ],
  providers: [
    {
      provide: ReadModelVersions,
      inject: [getConnectionToken()],
      useFactory: (connection: Connection) => new ReadModelVersions(connection),
    },
    {
      provide: CheckpointStore,
      inject: [getConnectionToken()],
      useFactory: (connection: Connection) => new CheckpointStore(connection),
    },
    {
      provide: ViewStore,
      inject: [getConnectionToken(), RedisConnection, SERVICE_CONFIG],
      useFactory: (connection: Connection, redis: RedisConnection, config: MonitoringConfig) =>
        new ViewStore(
          connection,
          redis.client,
          config.MONITORING_REDIS_PREFIX,
          config.MONITORING_CACHE_TTL_SECONDS,
        ),
    },
    MonitoringReader,
    LiveKpiFeed,
    LagReports,
    ProjectorReadiness,
    LagMetrics,
    ProjectionHost,
  ],
})
export class MonitoringModule {}
