import { rateProduct, RatingError, summariseRatings } from './rating.entity';

const input = {
  ratingId: 'r-1',
  productId: 'p-1',
  productType: 'guideline' as const,
  respondentRole: 'school-leader' as const,
  score: 8,
  ratedOn: '2025-05-01',
  comment: 'Heel bruikbaar voor ons team, groet van Jan',
};

describe('a rating', () => {
  it('puts the respondent in its KPI group and keeps the comment out of the event', () => {
    const decision = rateProduct(undefined, input);

    expect(decision.state.roleGroup).toBe('teachers-and-school-leaders');
    expect(decision.state.comment).toBe(input.comment);
    expect(decision.events).toEqual([
      {
        type: 'KnowledgeProductRated',
        data: {
          ratingId: 'r-1',
          productId: 'p-1',
          productType: 'guideline',
          respondentRole: 'school-leader',
          roleGroup: 'teachers-and-school-leaders',
          score: 8,
          ratedOn: '2025-05-01',
        },
      },
    ]);
    expect(JSON.stringify(decision.events)).not.toContain('Jan');
  });

  it.each([0, 11, 7.5])('refuses a score of %s', (score) => {
    expect(() => rateProduct(undefined, { ...input, score })).toThrow(RatingError);
  });

  it('is recorded once', () => {
    const { state } = rateProduct(undefined, input);

    expect(() => rateProduct(state, input)).toThrow(
      expect.objectContaining({ code: 'RATING.ALREADY_RECORDED' }),
    );
  });
});

describe('the ratings of a product', () => {
  it('average overall, per KPI role group and per role, to one decimal', () => {
    const summary = summariseRatings([
      { respondentRole: 'teacher', score: 8 },
      { respondentRole: 'teacher', score: 7 },
      { respondentRole: 'school-leader', score: 9 },
      { respondentRole: 'teacher-educator', score: 6 },
      { respondentRole: 'board-member', score: 7 },
    ]);

    expect(summary.overall).toEqual({ count: 5, average: 7.4 });
    expect(summary.byRoleGroup).toEqual({
      'teachers-and-school-leaders': { count: 3, average: 8 },
      'other-professionals': { count: 2, average: 6.5 },
    });
    expect(summary.byRole.teacher).toEqual({ count: 2, average: 7.5 });
    expect(summary.byRole['other-education-professional']).toBeUndefined();
  });

  it('have no average without ratings, rather than 0', () => {
    expect(summariseRatings([]).byRoleGroup['other-professionals']).toEqual({ count: 0, average: null });
  });
});
