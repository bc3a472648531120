import { recordGathering } from './gathering.entity';
import { recordUse } from './use.entity';

describe('a use of a product by a school', () => {
  const use = {
    useId: 'u-1',
    productId: 'p-1',
    productType: 'intervention' as const,
    brin: '12AB',
    sector: 'PO' as const,
    source: 'trajectory' as const,
    usedOn: '2025-06-10',
  };

  it('is published with the school, the day and the source', () => {
    expect(recordUse(undefined, use).events).toEqual([{ type: 'KnowledgeProductUsed', data: use }]);
  });

  it('is refused when the same finding is recorded again', () => {
    expect(() => recordUse(use, use)).toThrow(expect.objectContaining({ code: 'USE.ALREADY_RECORDED' }));
  });
});

describe('a gathering', () => {
  it('is published with its kind, day, attendance and rating, without its title', () => {
    const decision = recordGathering(undefined, {
      gatheringId: 'g-1',
      kind: 'national-congress',
      title: 'NRO-congres 2023 ',
      heldOn: '2023-11-08',
      attendees: 900,
      averageRating: 8,
      themes: ['meertaligheid'],
    });

    expect(decision.state.title).toBe('NRO-congres 2023');
    expect(decision.events).toEqual([
      {
        type: 'CongressHeld',
        data: {
          gatheringId: 'g-1',
          kind: 'national-congress',
          heldOn: '2023-11-08',
          attendees: 900,
          averageRating: 8,
          themes: ['meertaligheid'],
        },
      },
    ]);
  });
});
