import { addWorkingDays, type CalendarDay } from './calendar-day.value-object';
import type { InquiryState } from './inquiry.entity';

/** How soon the help desk answers an inquiry: within `workingDays` working days after the day of receipt. */
export interface FirstResponseNorm {
  readonly workingDays: number;
  /** Days the office is closed besides weekends (public holidays, the Christmas break), YYYY-MM-DD. */
  readonly holidays: readonly CalendarDay[];
}

/** The default: five working days, no holidays configured. */
export const DEFAULT_FIRST_RESPONSE_NORM: FirstResponseNorm = { workingDays: 5, holidays: [] };

/** The last day on which the help desk answers the inquiry within the norm. */
export function firstResponseDueOn(
  inquiry: Pick<InquiryState, 'receivedOn'>,
  norm: FirstResponseNorm = DEFAULT_FIRST_RESPONSE_NORM,
): CalendarDay {
  return addWorkingDays(inquiry.receivedOn, norm.workingDays, norm.holidays);
}

/**
 * Overdue: still open (no exploratory conversation held, not closed) after its due day. On the due day
 * itself the desk is still in time.
 */
export function isInquiryOverdue(
  inquiry: Pick<InquiryState, 'receivedOn' | 'status'>,
  today: CalendarDay,
  norm: FirstResponseNorm = DEFAULT_FIRST_RESPONSE_NORM,
): boolean {
  return inquiry.status === 'open' && today > firstResponseDueOn(inquiry, norm);
}

/** The overdue inquiries, the longest overdue first. */
export function overdueInquiries<T extends Pick<InquiryState, 'receivedOn' | 'receivedAt' | 'status'>>(
  inquiries: readonly T[],
  today: CalendarDay,
  norm: FirstResponseNorm = DEFAULT_FIRST_RESPONSE_NORM,
): T[] {
  return inquiries
    .filter((inquiry) => isInquiryOverdue(inquiry, today, norm))
    .sort((first, second) => first.receivedAt.localeCompare(second.receivedAt));
}
