import { anyReferralOf, daysIfBoth, funnelView } from './funnel';

describe('the help-desk funnel', () => {
  it('counts the days between two steps by their Dutch days, and none when the later comes first', () => {
    expect(daysIfBoth('2024-09-02T23:30:00.000Z', '2024-09-06')).toEqual([3]);
    expect(daysIfBoth('2024-10-07T09:00:00.000Z', '2024-10-01')).toEqual([]);
    expect(daysIfBoth(undefined, '2024-10-01')).toEqual([]);
  });

  it('dates an inquiry referred both ways by its first referral', () => {
    const inquiry = { inquiryId: 'q', referredAt: '2024-09-20', referredOutsideOn: '2024-09-18' };

    expect(anyReferralOf(inquiry)).toBe('2024-09-18');
    expect(anyReferralOf({ inquiryId: 'q', referredAt: '2024-09-20' })).toBe('2024-09-20');
  });

  it('says what each step counts, and shows both counts where two definitions are asked', () => {
    const { steps } = funnelView([
      { step: 'conversations', count: 4, medianDays: 2 },
      {
        step: 'referrals',
        count: 2,
        medianDays: 5,
        variants: { 'to-activities': 2, 'also-outside-programme': 3 },
      },
    ]);

    expect(steps[1]).toMatchObject({
      step: 'referrals',
      conversionPercent: 50,
      definition: expect.stringContaining('referred to an activity') as unknown,
      variants: [
        { name: 'to-activities', count: 2 },
        { name: 'also-outside-programme', count: 3 },
      ],
    });
    expect(steps[0]).not.toHaveProperty('variants');
  });
});
