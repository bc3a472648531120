import { NO_EQUAL_ACCESS_FLAGS } from '@okr/contracts/testing';
import type { AspirantState } from './aspirant.entity';
import { ExpertSchoolsError } from './expert-schools.errors';
import { reviewQuality } from './quality-review.entity';

const EXPERT: AspirantState = {
  aspirantId: '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e11',
  brin: '12AB',
  sector: 'VO',
  schoolYear: '2023-2024',
  enrolledOn: '2023-08-20',
  equalAccess: NO_EQUAL_ACCESS_FLAGS,
  status: 'certified',
  team: [],
  certifiedOn: '2024-06-30',
};

function codeOf(act: () => unknown): string | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof ExpertSchoolsError) return error.code;
    throw error;
  }
  return undefined;
}

describe('a quality review', () => {
  const review = {
    reviewId: '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e16',
    expertSchool: EXPERT,
    schoolYear: '2024-2025',
    reviewedOn: '2025-06-01',
    sustainablyHighQuality: false,
    reasons: ['Eindresultaten twee jaar gedaald', ' '],
  };

  it('says yes or no once per year, keeping its reasons out of the event', () => {
    const { state, events } = reviewQuality(undefined, review);
    expect(state.reasons).toEqual(['Eindresultaten twee jaar gedaald']);
    expect(events[0]?.data).toEqual({
      reviewId: review.reviewId,
      brin: '12AB',
      sector: 'VO',
      schoolYear: '2024-2025',
      sustainablyHighQuality: false,
      reviewedOn: '2025-06-01',
    });
    expect(codeOf(() => reviewQuality(state, review))).toBe('QUALITY_REVIEW.ALREADY_REVIEWED');
    expect(
      codeOf(() =>
        reviewQuality(undefined, { ...review, expertSchool: { ...EXPERT, status: 'dropped-out' } }),
      ),
    ).toBe('EXPERT_SCHOOL.NOT_FOUND');
  });
});
