import { RoundReservations } from '../infrastructure/round-reservations';
import { RejectApplicationHandler } from '../commands/reject-application/reject-application.handler';
import { RejectApplicationHttpController } from '../commands/reject-application/reject-application.http.controller';
import { RequestInformationHandler } from '../commands/request-information/request-information.handler';
import { RequestInformationHttpController } from '../commands/request-information/request-information.http.controller';
import { ResubmitApplicationHandler } from '../commands/resubmit-application/resubmit-application.handler';
import { ResubmitApplicationHttpController } from '../commands/resubmit-application/resubmit-application.http.controller';
import { SubmitApplicationHandler } from '../commands/submit-application/submit-application.handler';
import { SubmitApplicationHttpController } from '../commands/submit-application/submit-application.http.controller';
import { WithdrawApplicationHandler } from '../commands/withdraw-application/withdraw-application.handler';
import { WithdrawApplicationHttpController } from '../commands/withdraw-application/withdraw-application.http.controller';
import { EligibilityContextLoader } from '../infrastructure/eligibility-context.loader';
import { GetApplicationHttpController } from '../queries/get-application/get-application.http.controller';
import { ListOverdueApplicationsHttpController } from '../queries/list-overdue-applications/list-overdue-applications.http.controller';
import { ListRoundApplicationsHttpController } from '../queries/list-round-applications/list-round-applications.http.controller';
import type { Slices } from './slices';

export const applicationSlices: Slices = {
  controllers: [
    // Before GET /subsidy-applications/:id, which would otherwise take "overdue" for an id.
    ListOverdueApplicationsHttpController,
    SubmitApplicationHttpController,
    RequestInformationHttpController,
    ResubmitApplicationHttpController,
    RejectApplicationHttpController,
    WithdrawApplicationHttpController,
    GetApplicationHttpController,
    ListRoundApplicationsHttpController,
  ],
  // The loader reads the catalogue through ActivityCatalogueReader, which catalogue.slices.ts provides.
  providers: [
    EligibilityContextLoader,
    SubmitApplicationHandler,
    RequestInformationHandler,
    ResubmitApplicationHandler,
    RejectApplicationHandler,
    WithdrawApplicationHandler,
    RoundReservations,
  ],
};
