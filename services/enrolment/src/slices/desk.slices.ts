import { GetAuditTrailHttpController } from '../queries/get-audit-trail/get-audit-trail.http.controller';
import { GetSchoolTimelineHttpController } from '../queries/get-school-timeline/get-school-timeline.http.controller';
import type { Slices } from './slices';

/** What the desk asks across records: a school's timeline and every record's audit trail. */
export const deskSlices: Slices = {
  controllers: [GetSchoolTimelineHttpController, GetAuditTrailHttpController],
  providers: [],
};
