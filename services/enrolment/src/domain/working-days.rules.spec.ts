import type { InquiryState } from './inquiry.entity';
import {
  DEFAULT_FIRST_RESPONSE_NORM,
  firstResponseDueOn,
  isInquiryOverdue,
  overdueInquiries,
} from './working-days.rules';

type Tracked = Pick<InquiryState, 'receivedOn' | 'receivedAt' | 'status'> & { name: string };

const inquiry = (name: string, receivedOn: string, status: InquiryState['status'] = 'open'): Tracked => ({
  name,
  receivedOn,
  receivedAt: `${receivedOn}T09:00:00.000Z`,
  status,
});

describe('the first-response norm', () => {
  it('defaults to five working days', () => {
    expect(DEFAULT_FIRST_RESPONSE_NORM.workingDays).toBe(5);
    expect(firstResponseDueOn(inquiry('a', '2025-03-03'))).toBe('2025-03-10');
  });

  it('takes a configured number of working days', () => {
    expect(firstResponseDueOn(inquiry('a', '2025-03-03'), { workingDays: 2, holidays: [] })).toBe(
      '2025-03-05',
    );
  });

  it('counts an open inquiry overdue from the day after the norm, not on the due day', () => {
    const open = inquiry('a', '2025-03-03');

    expect(isInquiryOverdue(open, '2025-03-10')).toBe(false);
    expect(isInquiryOverdue(open, '2025-03-11')).toBe(true);
  });

  it('does not count an inquiry overdue once a conversation was held or it was closed', () => {
    expect(isInquiryOverdue(inquiry('a', '2025-03-03', 'conversation-held'), '2025-04-01')).toBe(false);
    expect(isInquiryOverdue(inquiry('a', '2025-03-03', 'referred'), '2025-04-01')).toBe(false);
    expect(isInquiryOverdue(inquiry('a', '2025-03-03', 'closed'), '2025-04-01')).toBe(false);
  });

  it('lists the overdue inquiries, the longest overdue first', () => {
    const inquiries = [
      inquiry('recent', '2025-03-20'),
      inquiry('oldest', '2025-03-03'),
      inquiry('answered', '2025-03-01', 'conversation-held'),
      inquiry('older', '2025-03-05'),
    ];

    const overdue = overdueInquiries(inquiries, '2025-03-20');

    expect(overdue.map((item) => item.name)).toEqual(['oldest', 'older']);
  });
});
