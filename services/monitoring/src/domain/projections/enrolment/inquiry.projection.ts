import {
  type Activity,
  ExploratoryConversationHeldV1,
  InquiryClosedV1,
  type InquiryOutcome,
  InquiryReceivedV1,
  InquiryReferredV1,
  type InquiryReferredV1Data,
  InquiryReferredV2,
} from '@okr/contracts';
import { normalisedMoment } from '../../calendar';
import { earliest, isLater, smallest, union } from '../merge';
import { handlerFor, projection } from '../projection';

export interface InquiryFact {
  inquiryId: string;
  brin?: string;
  /** data.receivedAt of InquiryReceived (earliest). */
  receivedAt?: string;
  /** Earliest data.heldOn of ExploratoryConversationHeld. */
  conversationOn?: string;
  /**
   * When the earliest referral to activities happened: its business day (`referredOn`, v2), or for v1, which
   * carries no day, the moment it was recorded (envelope occurredAt).
   */
  referredAt?: string;
  /** The day of the earliest referral outside the programme (v2 only: v1 carries no day). */
  referredOutsideOn?: string;
  /** Every activity any referral to activities named, sorted (a union, so the order never matters). */
  referredActivities?: Activity[];
  /** data.closedOn and outcome of the latest InquiryClosed. */
  closedOn?: string;
  outcome?: InquiryOutcome;
  closedStamp?: string;
}

type InquiryIdentity = { inquiryId: string; brin?: string };

const on = handlerFor<InquiryFact>();
// Every event of an inquiry may name its BRIN (once the school is registered); the smallest named wins.
const byInquiry = {
  key: (data: InquiryIdentity) => data.inquiryId,
  initial: ({ data }: { data: InquiryIdentity }): InquiryFact => ({ inquiryId: data.inquiryId }),
};
function withBrin(inquiry: InquiryFact, data: InquiryIdentity): void {
  if (data.brin !== undefined) inquiry.brin = smallest(inquiry.brin, data.brin);
}

/** Help-desk inquiries by id: received, conversation held, referred, closed. */
export const inquiryProjection = projection('inquiries', [
  on(InquiryReceivedV1, {
    ...byInquiry,
    evolve: (inquiry, { data }) => {
      withBrin(inquiry, data);
      inquiry.receivedAt = earliest(inquiry.receivedAt, normalisedMoment(data.receivedAt));
    },
  }),
  on(ExploratoryConversationHeldV1, {
    ...byInquiry,
    evolve: (inquiry, { data }) => {
      withBrin(inquiry, data);
      inquiry.conversationOn = earliest(inquiry.conversationOn, data.heldOn);
    },
  }),
  // Referrals to activities feed the funnel's step; one outside the programme (v2, dated) only its variant.
  on(InquiryReferredV1, {
    ...byInquiry,
    evolve: (inquiry, { data, occurredAt }) => refer(inquiry, data, normalisedMoment(occurredAt)),
  }),
  on(InquiryReferredV2, {
    ...byInquiry,
    evolve: (inquiry, { data }) => {
      refer(inquiry, data, data.referredOn);
      if (data.referral === 'outside-programme') {
        inquiry.referredOutsideOn = earliest(inquiry.referredOutsideOn, data.referredOn);
      }
    },
  }),
  on(InquiryClosedV1, {
    ...byInquiry,
    evolve: (inquiry, { data, stamp }) => {
      withBrin(inquiry, data);
      if (!isLater(stamp, inquiry.closedStamp)) return;
      inquiry.closedOn = data.closedOn;
      inquiry.outcome = data.outcome;
      inquiry.closedStamp = stamp;
    },
  }),
]);

function refer(
  inquiry: InquiryFact,
  data: Pick<InquiryReferredV1Data, 'inquiryId' | 'brin' | 'referral' | 'activities'>,
  referredAt: string,
): void {
  withBrin(inquiry, data);
  if (data.referral !== 'activities') return;
  inquiry.referredAt = earliest(inquiry.referredAt, referredAt);
  inquiry.referredActivities = union(inquiry.referredActivities, data.activities);
}
