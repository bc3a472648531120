import { ProblemException, createValidationPipe } from '@okr/service-kit';
import { FixedClock } from '@okr/service-kit/testing';
import { ROW_KINDS } from './import-kinds';
import { IMPORT_KINDS, parseImportLines } from './import-rows';

describe('reading an import file', () => {
  it('reads one row per line with its line number, skipping blank lines', () => {
    const { rows, errors } = parseImportLines(
      '{"id":"school-12AB","kind":"school","brin":"12AB"}\n\n  \n{"id":"q-1","kind":"inquiry","channel":"email"}\n',
    );

    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 1, id: 'school-12AB', kind: 'school', fields: { brin: '12AB' } },
      { line: 4, id: 'q-1', kind: 'inquiry', fields: { channel: 'email' } },
    ]);
  });

  it('reads a file with Windows line ends', () => {
    expect(
      parseImportLines('{"id":"a","kind":"school"}\r\n{"id":"b","kind":"school"}\r\n').rows,
    ).toHaveLength(2);
  });

  it.each([
    ['text that is not JSON', '{"id": "a", ', 'IMPORT.MALFORMED_ROW'],
    ['JSON that is no object', '["a"]', 'IMPORT.MALFORMED_ROW'],
    ['a row without an id', '{"kind":"school"}', 'IMPORT.MALFORMED_ROW'],
    ['an id with a space', '{"id":"a b","kind":"school"}', 'IMPORT.MALFORMED_ROW'],
    ['an unknown kind', '{"id":"a","kind":"meeting"}', 'IMPORT.UNKNOWN_KIND'],
  ])('refuses %s with its line number', (_case, line, code) => {
    const { rows, errors } = parseImportLines(`{"id":"first","kind":"school"}\n${line}`);

    expect(rows).toHaveLength(1);
    expect(errors).toEqual([expect.objectContaining({ line: 2, code })]);
  });

  it('refuses a second row with the id of an earlier one, naming that line', () => {
    const { rows, errors } = parseImportLines('{"id":"a","kind":"school"}\n{"id":"a","kind":"inquiry"}');

    expect(rows).toHaveLength(1);
    expect(errors).toEqual([
      expect.objectContaining({
        line: 2,
        rowId: 'a',
        code: 'IMPORT.DUPLICATE_ROW_ID',
        message: expect.stringContaining('Line 1'),
      }),
    ]);
  });
});

describe("validating a row with its endpoint's request class", () => {
  const pipe = createValidationPipe(new FixedClock('2026-12-05T10:00:00Z'));

  async function problemOf(act: () => Promise<unknown>): Promise<ProblemException> {
    try {
      await act();
    } catch (error) {
      if (error instanceof ProblemException) return error;
      throw error;
    }
    throw new Error('the row was accepted');
  }

  it('has a kind for every kind a row can name', () => {
    expect(Object.keys(ROW_KINDS).sort()).toEqual([...IMPORT_KINDS].sort());
  });

  it('accepts a valid row', async () => {
    const conversation = ROW_KINDS.conversation;

    await expect(
      conversation.prepare(conversation.bodyOf({ heldOn: '2023-01-20', notes: 'Verkennend' }), pipe),
    ).resolves.toBeInstanceOf(Function);
  });

  it('refuses a row missing a field, naming it', async () => {
    const problem = await problemOf(() => ROW_KINDS.conversation.prepare({ heldOn: '2023-01-20' }, pipe));

    expect(problem.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(problem.extensions['errors']).toEqual([expect.objectContaining({ field: 'notes' })]);
  });

  it('refuses a row with a field its endpoint does not know', async () => {
    const problem = await problemOf(() =>
      ROW_KINDS.conversation.prepare({ notes: 'x', heldOn: '2023-01-20', venue: 'school' }, pipe),
    );

    expect(problem.extensions['errors']).toEqual([expect.objectContaining({ field: 'venue' })]);
  });

  it('refuses a row dated after today, as its endpoint does', async () => {
    const problem = await problemOf(() =>
      ROW_KINDS.conversation.prepare({ notes: 'x', heldOn: '2026-12-06' }, pipe),
    );

    expect(problem.extensions['errors']).toEqual([expect.objectContaining({ field: 'heldOn' })]);
  });

  it("takes a referral's own kind from `to`, since the row's kind is the row's", async () => {
    const referral = ROW_KINDS.referral;

    expect(referral.bodyOf({ to: 'activities', activities: ['groeikracht'] })).toEqual({
      kind: 'activities',
      activities: ['groeikracht'],
    });
    await expect(
      referral.prepare(referral.bodyOf({ to: 'outside-programme', reasonCode: 'not-eligible' }), pipe),
    ).resolves.toBeInstanceOf(Function);
  });

  it('names the rows a row refers to', () => {
    expect(ROW_KINDS.application.references).toEqual({
      round: { names: 'round', required: true, into: 'roundId' },
    });
    expect(ROW_KINDS.intake.references).toEqual({
      inquiry: { names: 'inquiry', required: false, into: 'inquiryId' },
    });
    expect(ROW_KINDS.completion.references).toEqual({
      application: { names: 'application', required: true },
    });
  });
});
