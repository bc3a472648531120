/** Redis keys and channels of the service, under its configured prefix. */
export function monitoringChannels(prefix: string) {
  return {
    /** Changed KPI summaries of the served version: `{ version, kpis: KpiSummary[] }`. */
    kpiChanges: `${prefix}:kpi-changes`,
    /** A new version is served: `{ version }`. */
    switched: `${prefix}:switched`,
    /** The projecting replica's latest lag measurement, for every replica's /health/lag and /metrics. */
    lag: `${prefix}:lag`,
    /** The lease of the one replica that projects (names kept from before the shared lease, so it carries over). */
    projectorLease: `${prefix}:projector-lease`,
    /** The counter the lease draws its epochs (fencing tokens) from. */
    projectorEpoch: `${prefix}:projector-epoch`,
  };
}
