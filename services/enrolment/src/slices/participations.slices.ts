import { AssessSustainabilityHandler } from '../commands/assess-sustainability/assess-sustainability.handler';
import { AssessSustainabilityHttpController } from '../commands/assess-sustainability/assess-sustainability.http.controller';
import { CompleteParticipationHandler } from '../commands/complete-participation/complete-participation.handler';
import { CompleteParticipationHttpController } from '../commands/complete-participation/complete-participation.http.controller';
import { GrantApplicationHandler } from '../commands/grant-application/grant-application.handler';
import { GrantApplicationHttpController } from '../commands/grant-application/grant-application.http.controller';
import { RecordTrainedCoachHandler } from '../commands/record-trained-coach/record-trained-coach.handler';
import { RecordTrainedCoachHttpController } from '../commands/record-trained-coach/record-trained-coach.http.controller';
import { StartParticipationHandler } from '../commands/start-participation/start-participation.handler';
import { StartParticipationHttpController } from '../commands/start-participation/start-participation.http.controller';
import { WithdrawParticipationHandler } from '../commands/withdraw-participation/withdraw-participation.handler';
import { WithdrawParticipationHttpController } from '../commands/withdraw-participation/withdraw-participation.http.controller';
import { GetParticipationHttpController } from '../queries/get-participation/get-participation.http.controller';
import { ListSchoolParticipationsHttpController } from '../queries/list-school-participations/list-school-participations.http.controller';
import type { Slices } from './slices';

/** The grant that enrols a school, and the participation from its start to its sustainability assessment. */
export const participationSlices: Slices = {
  controllers: [
    GrantApplicationHttpController,
    StartParticipationHttpController,
    CompleteParticipationHttpController,
    WithdrawParticipationHttpController,
    AssessSustainabilityHttpController,
    RecordTrainedCoachHttpController,
    GetParticipationHttpController,
    ListSchoolParticipationsHttpController,
  ],
  providers: [
    GrantApplicationHandler,
    StartParticipationHandler,
    CompleteParticipationHandler,
    WithdrawParticipationHandler,
    AssessSustainabilityHandler,
    RecordTrainedCoachHandler,
  ],
};
