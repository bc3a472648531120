import { RegisterSchoolHandler } from '../commands/register-school/register-school.handler';
import { RegisterSchoolHttpController } from '../commands/register-school/register-school.http.controller';
import { UpdateSchoolProfileHandler } from '../commands/update-school-profile/update-school-profile.handler';
import { UpdateSchoolProfileHttpController } from '../commands/update-school-profile/update-school-profile.http.controller';
import { GetSchoolHttpController } from '../queries/get-school/get-school.http.controller';
import { ListSchoolsHttpController } from '../queries/list-schools/list-schools.http.controller';
import type { Slices } from './slices';

export const schoolSlices: Slices = {
  controllers: [
    RegisterSchoolHttpController,
    UpdateSchoolProfileHttpController,
    ListSchoolsHttpController,
    GetSchoolHttpController,
  ],
  providers: [RegisterSchoolHandler, UpdateSchoolProfileHandler],
};
