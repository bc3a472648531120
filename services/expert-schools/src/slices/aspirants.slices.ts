import { AssessAspirantHandler } from '../commands/assess-aspirant/assess-aspirant.handler';
import { AssessAspirantHttpController } from '../commands/assess-aspirant/assess-aspirant.http.controller';
import { CertifyAspirantHandler } from '../commands/certify-aspirant/certify-aspirant.handler';
import { CertifyAspirantHttpController } from '../commands/certify-aspirant/certify-aspirant.http.controller';
import { DropOutAspirantHandler } from '../commands/drop-out-aspirant/drop-out-aspirant.handler';
import { DropOutAspirantHttpController } from '../commands/drop-out-aspirant/drop-out-aspirant.http.controller';
import { SelectAspirantHandler } from '../commands/select-aspirant/select-aspirant.handler';
import { SelectAspirantHttpController } from '../commands/select-aspirant/select-aspirant.http.controller';
import { SetExpertTeamHandler } from '../commands/set-expert-team/set-expert-team.handler';
import { SetExpertTeamHttpController } from '../commands/set-expert-team/set-expert-team.http.controller';
import { InterventionDesignedConsumer } from '../consumers/intervention-designed.consumer';
import { SchoolEnrolledConsumer } from '../consumers/school-enrolled.consumer';
import { SchoolProfileUpdatedConsumer } from '../consumers/school-profile-updated.consumer';
import { SchoolRegisteredConsumer } from '../consumers/school-registered.consumer';
import { SchoolWithdrewConsumer } from '../consumers/school-withdrew.consumer';
import { GetAspirantHttpController } from '../queries/get-aspirant/get-aspirant.http.controller';
import { GetCohortHttpController } from '../queries/get-cohort/get-cohort.http.controller';
import { ListAspirantsHttpController } from '../queries/list-aspirants/list-aspirants.http.controller';
import { ListExpertSchoolsHttpController } from '../queries/list-expert-schools/list-expert-schools.http.controller';
import type { Slices } from './slices';

/** Schools from the help desk, and the aspirants' selection, team and training year up to certification. */
export const aspirantSlices: Slices = {
  controllers: [
    ListAspirantsHttpController,
    GetAspirantHttpController,
    AssessAspirantHttpController,
    SetExpertTeamHttpController,
    SelectAspirantHttpController,
    CertifyAspirantHttpController,
    DropOutAspirantHttpController,
    GetCohortHttpController,
    ListExpertSchoolsHttpController,
  ],
  providers: [
    SchoolRegisteredConsumer,
    SchoolProfileUpdatedConsumer,
    SchoolEnrolledConsumer,
    SchoolWithdrewConsumer,
    InterventionDesignedConsumer,
    AssessAspirantHandler,
    SetExpertTeamHandler,
    SelectAspirantHandler,
    CertifyAspirantHandler,
    DropOutAspirantHandler,
  ],
};
