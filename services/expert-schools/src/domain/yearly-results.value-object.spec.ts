import { readResultRow, readResultRows } from './yearly-results.value-object';

describe('reading yearly results', () => {
  it('reads a row, with a decimal comma and the BRIN in capitals', () => {
    expect(
      readResultRow(2, {
        brin: '12ab',
        schoolYear: '2023-2024',
        schoolGroup: '5',
        meanTestScore: '535,5',
        havoVwoShare: '',
      }),
    ).toEqual({
      line: 2,
      ok: true,
      result: { brin: '12AB', schoolYear: '2023-2024', schoolGroup: '5', meanTestScore: 535.5 },
    });
  });

  it('names every field that is wrong', () => {
    const outcome = readResultRow(3, {
      brin: 'XYZ',
      schoolYear: '2023-2025',
      schoolGroup: '',
      meanTestScore: 'veel',
      havoVwoShare: '120',
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems.map(({ field }) => field)).toEqual([
      'brin',
      'schoolYear',
      'schoolGroup',
      'meanTestScore',
      'havoVwoShare',
    ]);
  });

  it('needs at least one of the two measures', () => {
    const outcome = readResultRow(4, { brin: '12AB', schoolYear: '2023-2024', schoolGroup: '5' });
    expect(outcome).toEqual({
      line: 4,
      ok: false,
      problems: [{ field: 'row', message: 'give the mean test score, the havo/vwo share, or both' }],
    });
  });

  it('refuses a second row of the same school and year', () => {
    const row = { brin: '12AB', schoolYear: '2023-2024', schoolGroup: '5', meanTestScore: '530' };
    const [first, second] = readResultRows([
      { line: 2, fields: row },
      { line: 3, fields: row },
    ]);
    expect(first?.ok).toBe(true);
    expect(second).toEqual({
      line: 3,
      ok: false,
      problems: [{ field: 'row', message: 'the same school and year as line 2' }],
    });
  });
});
