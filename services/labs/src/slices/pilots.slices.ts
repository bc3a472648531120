import { CompletePilotHandler } from '../commands/complete-pilot/complete-pilot.handler';
import { CompletePilotHttpController } from '../commands/complete-pilot/complete-pilot.http.controller';
import { DecideGoNoGoHandler } from '../commands/decide-go-no-go/decide-go-no-go.handler';
import { DecideGoNoGoHttpController } from '../commands/decide-go-no-go/decide-go-no-go.http.controller';
import { PlanPilotHandler } from '../commands/plan-pilot/plan-pilot.handler';
import { PlanPilotHttpController } from '../commands/plan-pilot/plan-pilot.http.controller';
import { StartFieldExperimentHandler } from '../commands/start-field-experiment/start-field-experiment.handler';
import { StartFieldExperimentHttpController } from '../commands/start-field-experiment/start-field-experiment.http.controller';
import { StartPilotHandler } from '../commands/start-pilot/start-pilot.handler';
import { StartPilotHttpController } from '../commands/start-pilot/start-pilot.http.controller';
import { GetPilotHttpController } from '../queries/get-pilot/get-pilot.http.controller';
import { ListLabPilotsHttpController } from '../queries/list-lab-pilots/list-lab-pilots.http.controller';
import type { Slices } from './slices';

/** Pilots of designed interventions: planned → running → go/no-go → field experiment → completed. */
export const pilotSlices: Slices = {
  controllers: [
    PlanPilotHttpController,
    StartPilotHttpController,
    DecideGoNoGoHttpController,
    StartFieldExperimentHttpController,
    CompletePilotHttpController,
    GetPilotHttpController,
    ListLabPilotsHttpController,
  ],
  providers: [
    PlanPilotHandler,
    StartPilotHandler,
    DecideGoNoGoHandler,
    StartFieldExperimentHandler,
    CompletePilotHandler,
  ],
};
