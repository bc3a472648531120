import { rankExpertSchools, type MatchCandidate, type MatchSeeker } from './matching.rules';

const SEEKER: MatchSeeker = {
  sector: 'PO',
  region: 'Utrecht',
  themes: ['Leesmotivatie'],
  pillarCodes: ['P3.A', 'P5.A'],
};

function candidate(brin: string, overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    brin,
    sector: 'PO',
    region: 'Zeeland',
    themes: [],
    pillarCodes: ['P7'],
    hubMembers: 0,
    ...overrides,
  };
}

describe('matching a development school with expert schools', () => {
  it('ranks a shared pillar code above a shared pillar, and says why', () => {
    const [first, second] = rankExpertSchools(SEEKER, [
      candidate('22BB', { pillarCodes: ['P3.B'] }),
      candidate('11AA', { pillarCodes: ['P3.A'] }),
    ]);
    expect(first).toMatchObject({ rank: 1, brin: '11AA', score: 3 + 4 });
    expect(first?.reasons).toEqual([
      { code: 'same-pillar-code', points: 3, about: ['P3.A'] },
      { code: 'same-sector', points: 4, about: ['PO'] },
    ]);
    expect(second).toMatchObject({ rank: 2, brin: '22BB', score: 1 + 4 });
    expect(second?.reasons[0]).toEqual({ code: 'same-pillar', points: 1, about: ['P3'] });
  });

  it('weighs themes case-insensitively and the region, and puts another sector below any shared code', () => {
    const ranking = rankExpertSchools(SEEKER, [
      candidate('33CC', {
        sector: 'VO',
        pillarCodes: ['P3.A', 'P5.A'],
        themes: ['leesmotivatie'],
        region: 'Utrecht',
      }),
      candidate('44DD', { themes: ['leesmotivatie '], region: 'Utrecht' }),
    ]);
    expect(ranking.map(({ brin, score }) => [brin, score])).toEqual([
      ['44DD', 2 + 4 + 2],
      ['33CC', 6 + 2 - 6 + 2],
    ]);
    expect(ranking[1]?.reasons.map(({ code }) => code)).toEqual([
      'same-pillar-code',
      'same-theme',
      'other-sector',
      'same-region',
    ]);
  });

  it('puts an expert school whose hub is full last, with the reason, and breaks ties by room then BRIN', () => {
    const ranking = rankExpertSchools(SEEKER, [
      candidate('55EE', { pillarCodes: ['P3.A'], hubMembers: 6 }),
      candidate('77GG', { hubMembers: 2 }),
      candidate('66FF', { hubMembers: 2 }),
      candidate('88HH', { hubMembers: 5 }),
    ]);
    expect(ranking.map(({ brin }) => brin)).toEqual(['66FF', '77GG', '88HH', '55EE']);
    expect(ranking[3]).toMatchObject({
      hasRoom: false,
      reasons: expect.arrayContaining([{ code: 'hub-full', points: 0, about: ['6'] }]),
    });
  });

  it('ranks nobody when there is no expert school', () => {
    expect(rankExpertSchools(SEEKER, [])).toEqual([]);
  });
});
