import {
  type Activity,
  SubsidyApplicationSubmittedV1,
  SubsidyApplicationWithdrawnV1,
  SubsidyGrantedV1,
  SubsidyRejectedV1,
} from '@okr/contracts';
import { normalisedMoment } from '../../calendar';
import { earliest, isLater, smallest } from '../merge';
import { handlerFor, projection } from '../projection';

export interface ApplicationFact {
  applicationId: string;
  brin?: string;
  activity?: Activity;
  roundId?: string;
  schoolYear?: string;
  /** data.submittedAt of SubsidyApplicationSubmitted (earliest). */
  submittedAt?: string;
  /** data.decidedOn and grantedAmountCents of the latest SubsidyGranted. */
  grantedOn?: string;
  grantedCents?: number;
  grantStamp?: string;
  /** Earliest data.decidedOn of SubsidyRejected. */
  rejectedOn?: string;
  /** Earliest data.withdrawnOn of SubsidyApplicationWithdrawn. */
  withdrawnOn?: string;
}

type ApplicationIdentity = { applicationId: string } & Partial<
  Pick<ApplicationFact, 'brin' | 'activity' | 'roundId' | 'schoolYear'>
>;

const on = handlerFor<ApplicationFact>();
const byApplication = {
  key: (data: ApplicationIdentity) => data.applicationId,
  initial: ({ data }: { data: ApplicationIdentity }): ApplicationFact => ({
    applicationId: data.applicationId,
  }),
};

// Every event of an application names (some of) its identity; on a conflict the smallest wins.
function withIdentity(application: ApplicationFact, data: ApplicationIdentity): void {
  if (data.brin !== undefined) application.brin = smallest(application.brin, data.brin);
  if (data.activity !== undefined) application.activity = smallest(application.activity, data.activity);
  if (data.roundId !== undefined) application.roundId = smallest(application.roundId, data.roundId);
  if (data.schoolYear !== undefined)
    application.schoolYear = smallest(application.schoolYear, data.schoolYear);
}

/** Subsidy applications by id: submitted, granted (latest decision), rejected, withdrawn. */
export const applicationProjection = projection('applications', [
  on(SubsidyApplicationSubmittedV1, {
    ...byApplication,
    evolve: (application, { data }) => {
      withIdentity(application, data);
      application.submittedAt = earliest(application.submittedAt, normalisedMoment(data.submittedAt));
    },
  }),
  on(SubsidyGrantedV1, {
    ...byApplication,
    evolve: (application, { data, stamp }) => {
      withIdentity(application, data);
      if (!isLater(stamp, application.grantStamp)) return;
      application.grantedOn = data.decidedOn;
      application.grantedCents = data.grantedAmountCents;
      application.grantStamp = stamp;
    },
  }),
  on(SubsidyRejectedV1, {
    ...byApplication,
    evolve: (application, { data }) => {
      withIdentity(application, data);
      application.rejectedOn = earliest(application.rejectedOn, data.decidedOn);
    },
  }),
  on(SubsidyApplicationWithdrawnV1, {
    ...byApplication,
    evolve: (application, { data }) => {
      withIdentity(application, data);
      application.withdrawnOn = earliest(application.withdrawnOn, data.withdrawnOn);
    },
  }),
]);
