import { RecordLabSchoolHandler } from '../commands/record-lab-school/record-lab-school.handler';
import { RecordLabSchoolHttpController } from '../commands/record-lab-school/record-lab-school.http.controller';
import { RemoveLabSchoolHandler } from '../commands/remove-lab-school/remove-lab-school.handler';
import { RemoveLabSchoolHttpController } from '../commands/remove-lab-school/remove-lab-school.http.controller';
import { SchoolEnrolledConsumer } from '../consumers/school-enrolled.consumer';
import { SchoolWithdrewConsumer } from '../consumers/school-withdrew.consumer';
import { ListLabSchoolsHttpController } from '../queries/list-lab-schools/list-lab-schools.http.controller';
import type { Slices } from './slices';

/** Who takes part in a lab: the roster as the help desk's enrolments and the lab team make it. */
export const rosterSlices: Slices = {
  controllers: [RecordLabSchoolHttpController, RemoveLabSchoolHttpController, ListLabSchoolsHttpController],
  providers: [RecordLabSchoolHandler, RemoveLabSchoolHandler, SchoolEnrolledConsumer, SchoolWithdrewConsumer],
};
