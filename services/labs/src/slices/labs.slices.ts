import { EnterLabPhaseHandler } from '../commands/enter-lab-phase/enter-lab-phase.handler';
import { EnterLabPhaseHttpController } from '../commands/enter-lab-phase/enter-lab-phase.http.controller';
import { JoinPartnerHandler } from '../commands/join-partner/join-partner.handler';
import { JoinPartnerHttpController } from '../commands/join-partner/join-partner.http.controller';
import { LeavePartnerHandler } from '../commands/leave-partner/leave-partner.handler';
import { LeavePartnerHttpController } from '../commands/leave-partner/leave-partner.http.controller';
import { StartLabHandler } from '../commands/start-lab/start-lab.handler';
import { StartLabHttpController } from '../commands/start-lab/start-lab.http.controller';
import { GetLabHttpController } from '../queries/get-lab/get-lab.http.controller';
import { ListLabsHttpController } from '../queries/list-labs/list-labs.http.controller';
import type { Slices } from './slices';

/** Labs, their phases against the plan, and their partners. */
export const labSlices: Slices = {
  controllers: [
    StartLabHttpController,
    EnterLabPhaseHttpController,
    JoinPartnerHttpController,
    LeavePartnerHttpController,
    ListLabsHttpController,
    GetLabHttpController,
  ],
  providers: [StartLabHandler, EnterLabPhaseHandler, JoinPartnerHandler, LeavePartnerHandler],
};
