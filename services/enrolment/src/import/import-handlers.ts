import type { AggregateStore } from '@okr/messaging';
import { AssessSustainabilityHandler } from '../commands/assess-sustainability/assess-sustainability.handler';
import { CloseInquiryHandler } from '../commands/close-inquiry/close-inquiry.handler';
import { CompleteIntakeHandler } from '../commands/complete-intake/complete-intake.handler';
import { CompleteParticipationHandler } from '../commands/complete-participation/complete-participation.handler';
import { GrantApplicationHandler } from '../commands/grant-application/grant-application.handler';
import { HoldExploratoryConversationHandler } from '../commands/hold-exploratory-conversation/hold-exploratory-conversation.handler';
import { OpenSubsidyRoundHandler } from '../commands/open-subsidy-round/open-subsidy-round.handler';
import { ReceiveInquiryHandler } from '../commands/receive-inquiry/receive-inquiry.handler';
import { RecordTrainedCoachHandler } from '../commands/record-trained-coach/record-trained-coach.handler';
import { ReferInquiryHandler } from '../commands/refer-inquiry/refer-inquiry.handler';
import { RegisterSchoolHandler } from '../commands/register-school/register-school.handler';
import { RejectApplicationHandler } from '../commands/reject-application/reject-application.handler';
import { RequestInformationHandler } from '../commands/request-information/request-information.handler';
import { ResubmitApplicationHandler } from '../commands/resubmit-application/resubmit-application.handler';
import { StartParticipationHandler } from '../commands/start-participation/start-participation.handler';
import { SubmitApplicationHandler } from '../commands/submit-application/submit-application.handler';
import { WithdrawApplicationHandler } from '../commands/withdraw-application/withdraw-application.handler';
import { WithdrawParticipationHandler } from '../commands/withdraw-participation/withdraw-participation.handler';
import type { EnrolmentConfig } from '../config/enrolment.config';
import { ActivityCatalogueReader } from '../infrastructure/activity-catalogue.reader';
import { EligibilityContextLoader } from '../infrastructure/eligibility-context.loader';
import { RoundReservations } from '../infrastructure/round-reservations';

/** The handlers of the endpoints an import row can stand for. */
export interface ImportHandlers {
  readonly registerSchool: RegisterSchoolHandler;
  readonly receiveInquiry: ReceiveInquiryHandler;
  readonly holdConversation: HoldExploratoryConversationHandler;
  readonly referInquiry: ReferInquiryHandler;
  readonly closeInquiry: CloseInquiryHandler;
  readonly completeIntake: CompleteIntakeHandler;
  readonly openRound: OpenSubsidyRoundHandler;
  readonly submitApplication: SubmitApplicationHandler;
  readonly requestInformation: RequestInformationHandler;
  readonly resubmitApplication: ResubmitApplicationHandler;
  readonly grantApplication: GrantApplicationHandler;
  readonly rejectApplication: RejectApplicationHandler;
  readonly withdrawApplication: WithdrawApplicationHandler;
  readonly startParticipation: StartParticipationHandler;
  readonly completeParticipation: CompleteParticipationHandler;
  readonly withdrawParticipation: WithdrawParticipationHandler;
  readonly assessSustainability: AssessSustainabilityHandler;
  readonly recordTrainedCoach: RecordTrainedCoachHandler;
}

/**
 * The endpoints' own handlers over `store`: the service's store for a real run, a DryRunStore for a dry run.
 * Built here rather than injected because a dry run needs them over a store of its own.
 */
export function importHandlersOver(store: AggregateStore, config: EnrolmentConfig): ImportHandlers {
  const reservations = new RoundReservations(store);
  return {
    registerSchool: new RegisterSchoolHandler(store, config),
    receiveInquiry: new ReceiveInquiryHandler(store),
    holdConversation: new HoldExploratoryConversationHandler(store),
    referInquiry: new ReferInquiryHandler(store),
    closeInquiry: new CloseInquiryHandler(store),
    completeIntake: new CompleteIntakeHandler(store),
    openRound: new OpenSubsidyRoundHandler(store),
    submitApplication: new SubmitApplicationHandler(
      store,
      new EligibilityContextLoader(store, new ActivityCatalogueReader(store)),
    ),
    requestInformation: new RequestInformationHandler(store),
    resubmitApplication: new ResubmitApplicationHandler(store),
    grantApplication: new GrantApplicationHandler(store, reservations),
    rejectApplication: new RejectApplicationHandler(store, reservations),
    withdrawApplication: new WithdrawApplicationHandler(store, reservations),
    startParticipation: new StartParticipationHandler(store),
    completeParticipation: new CompleteParticipationHandler(store),
    withdrawParticipation: new WithdrawParticipationHandler(store),
    assessSustainability: new AssessSustainabilityHandler(store),
    recordTrainedCoach: new RecordTrainedCoachHandler(store),
  };
}
