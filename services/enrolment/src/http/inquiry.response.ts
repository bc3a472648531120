import type { Stored } from '@okr/messaging';
import type { EnrolmentConfig } from '../config/enrolment.config';
import type { CalendarDay } from '../domain/calendar-day.value-object';
import type { ContactPerson, InquiryState } from '../domain/inquiry.entity';
import { firstResponseDueOn, isInquiryOverdue, type FirstResponseNorm } from '../domain/working-days.rules';

/** An inquiry as the API shows it: its state plus where it stands against the first-response norm. */
export interface InquiryResponse {
  inquiryId: string;
  version: number;
  changedAt: string;
  brin?: string;
  schoolName?: string;
  /** Absent once erased on request (see contactErasedOn). */
  contact?: ContactPerson;
  contactErasedOn?: CalendarDay;
  channel: InquiryState['channel'];
  question?: string;
  receivedAt: string;
  receivedOn: CalendarDay;
  status: InquiryState['status'];
  firstResponseDueOn: CalendarDay;
  overdue: boolean;
  conversations: InquiryState['conversations'];
  referral?: InquiryState['referral'];
  closedOn?: CalendarDay;
  outcome?: InquiryState['outcome'];
}

/**
 * The norm as configured. The configuration has no holidays yet, so only weekends are skipped; a public
 * holiday counts as a working day until one is added.
 */
export function firstResponseNormOf(config: EnrolmentConfig): FirstResponseNorm {
  const holidays = config.FIRST_RESPONSE_HOLIDAYS.split(',').filter((day) => day !== '');
  return { workingDays: config.FIRST_RESPONSE_WORKING_DAYS, holidays };
}

export function inquiryResponse(
  stored: Stored<InquiryState>,
  norm: FirstResponseNorm,
  today: CalendarDay,
): InquiryResponse {
  const { state } = stored;
  return {
    inquiryId: state.inquiryId,
    version: stored.version,
    changedAt: stored.changedAt.toISOString(),
    ...(state.brin !== undefined ? { brin: state.brin } : {}),
    ...(state.schoolName !== undefined ? { schoolName: state.schoolName } : {}),
    ...(state.contact !== undefined ? { contact: state.contact } : {}),
    ...(state.contactErasedOn !== undefined ? { contactErasedOn: state.contactErasedOn } : {}),
    channel: state.channel,
    ...(state.question !== undefined ? { question: state.question } : {}),
    receivedAt: state.receivedAt,
    receivedOn: state.receivedOn,
    status: state.status,
    firstResponseDueOn: firstResponseDueOn(state, norm),
    overdue: isInquiryOverdue(state, today, norm),
    conversations: state.conversations,
    ...(state.referral !== undefined ? { referral: state.referral } : {}),
    ...(state.closedOn !== undefined ? { closedOn: state.closedOn } : {}),
    ...(state.outcome !== undefined ? { outcome: state.outcome } : {}),
  };
}
