import { Inject, Injectable } from '@nestjs/common';
import { ReadinessCheck, SERVICE_CONFIG, type ServiceReadiness } from '@okr/service-kit';
import type { MonitoringConfig } from '../config/monitoring.config';
import { LagReports } from './lag-reports';

/**
 * Ready while some replica projects: the projecting replica writes a lag report every
 * MONITORING_LAG_INTERVAL_MS (expiring soon after), so none for MONITORING_PROJECTOR_STALL_MS means no projector
 * runs anywhere (a stuck lease holder, a projector that cannot start) and the KPIs stand still unnoticed.
 * A replica that just started gets the same time to see its first one.
 */
@Injectable()
@ReadinessCheck('projector')
export class ProjectorReadiness implements ServiceReadiness {
  private lastSeenRunningAt = Date.now();

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: MonitoringConfig,
    private readonly lagReports: LagReports,
  ) {}

  async check(): Promise<void> {
    if ((await this.lagReports.latest()) !== undefined) {
      this.lastSeenRunningAt = Date.now();
      return;
    }
    const idleMs = Date.now() - this.lastSeenRunningAt;
    if (idleMs > this.config.MONITORING_PROJECTOR_STALL_MS) {
      throw new Error(`no projector has run for ${Math.round(idleMs / 1_000)} s`);
    }
  }
}
