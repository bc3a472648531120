import { HoldLabDayHandler } from '../commands/hold-lab-day/hold-lab-day.handler';
import { HoldLabDayHttpController } from '../commands/hold-lab-day/hold-lab-day.http.controller';
import { PublishThematicReportHandler } from '../commands/publish-thematic-report/publish-thematic-report.handler';
import { PublishThematicReportHttpController } from '../commands/publish-thematic-report/publish-thematic-report.http.controller';
import { ListLabDaysHttpController } from '../queries/list-lab-days/list-lab-days.http.controller';
import { ListThematicReportsHttpController } from '../queries/list-thematic-reports/list-thematic-reports.http.controller';
import type { Slices } from './slices';

/** What a lab shares: thematic reports, and lab days with the schools that came. */
export const outputSlices: Slices = {
  controllers: [
    PublishThematicReportHttpController,
    ListThematicReportsHttpController,
    HoldLabDayHttpController,
    ListLabDaysHttpController,
  ],
  providers: [PublishThematicReportHandler, HoldLabDayHandler],
};
