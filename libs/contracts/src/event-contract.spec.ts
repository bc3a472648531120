import { IsString } from 'class-validator';
import { defineEvent, type EventContract } from './event-contract';

class NoteData {
  @IsString()
  text!: string;
}

const spec: EventContract<NoteData> = {
  type: 'NoteAdded',
  version: 1,
  topic: 'okr.test.v1',
  description: 'A note was added.',
  subject: 'id of the note',
  dataClass: NoteData,
};

describe('defineEvent', () => {
  it('returns the contract frozen, so no one can change it after registration', () => {
    const contract = defineEvent(spec);

    expect(contract).toEqual(spec);
    expect(Object.isFrozen(contract)).toBe(true);
  });

  it.each([
    ['a type that is not PascalCase', { type: 'noteAdded' }, 'type must be PascalCase'],
    ['a type with a dot', { type: 'Note.Added' }, 'type must be PascalCase'],
    ['version 0', { version: 0 }, 'version must be an integer >= 1'],
    ['a fractional version', { version: 1.5 }, 'version must be an integer >= 1'],
    ['an empty topic', { topic: ' ' }, 'topic must not be empty'],
    ['a description of two lines', { description: 'A note\nwas added.' }, 'description must be one'],
    ['an empty subject', { subject: '' }, 'subject must be one non-empty line'],
  ])('refuses %s', (_case, change, message) => {
    const define = (): unknown => defineEvent({ ...spec, ...change });

    expect(define).toThrow(message);
  });
});
