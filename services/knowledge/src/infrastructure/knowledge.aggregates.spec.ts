import { nameBasedId } from './knowledge.aggregates';

describe('the knowledge aggregates', () => {
  it('derive the name-based ids the stored commits have', () => {
    // Ids made of names are streams already stored: they must never change.
    expect(nameBasedId('application', '12AB', 'x', 'r', '0')).toBe('9f4d0bf0-c6f8-543a-81bb-d652716beb69');
    expect(nameBasedId('use', 'x')).not.toBe(nameBasedId('use', 'y'));
  });
});
