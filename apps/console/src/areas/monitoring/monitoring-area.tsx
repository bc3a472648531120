// The KPI dashboard over the monitoring service, under /dashboard.
import { Route, Routes } from 'react-router';
import { DashboardPage } from './dashboard.page';
import { KpiPage } from './kpi.page';
import { EqualAccessPage, FunnelPage, QuarterlyReportPage } from './programme.pages';

export function MonitoringArea() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="kpi/:id" element={<KpiPage />} />
      <Route path="trechter" element={<FunnelPage />} />
      <Route path="gelijke-kansen" element={<EqualAccessPage />} />
      <Route path="kwartaalrapportage" element={<QuarterlyReportPage />} />
    </Routes>
  );
}
