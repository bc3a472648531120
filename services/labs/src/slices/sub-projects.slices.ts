import { ConcludeSubProjectHandler } from '../commands/conclude-sub-project/conclude-sub-project.handler';
import { ConcludeSubProjectHttpController } from '../commands/conclude-sub-project/conclude-sub-project.http.controller';
import { MoveSubProjectHandler } from '../commands/move-sub-project/move-sub-project.handler';
import { MoveSubProjectHttpController } from '../commands/move-sub-project/move-sub-project.http.controller';
import { StartSubProjectHandler } from '../commands/start-sub-project/start-sub-project.handler';
import { StartSubProjectHttpController } from '../commands/start-sub-project/start-sub-project.http.controller';
import { GetFiveDViewHttpController } from '../queries/get-five-d-view/get-five-d-view.http.controller';
import { GetSubProjectHttpController } from '../queries/get-sub-project/get-sub-project.http.controller';
import { ListLabSubProjectsHttpController } from '../queries/list-lab-sub-projects/list-lab-sub-projects.http.controller';
import type { Slices } from './slices';

/** Sub-projects through the 5D model, and the 5D view of a lab. */
export const subProjectSlices: Slices = {
  controllers: [
    StartSubProjectHttpController,
    MoveSubProjectHttpController,
    ConcludeSubProjectHttpController,
    GetSubProjectHttpController,
    ListLabSubProjectsHttpController,
    GetFiveDViewHttpController,
  ],
  providers: [StartSubProjectHandler, MoveSubProjectHandler, ConcludeSubProjectHandler],
};
