import { IsString } from 'class-validator';
import { defineEvent, type EventContract } from './event-contract';
import { EventRegistry } from './registry';

class NoteData {
  @IsString()
  text!: string;
}

function contract(type: string, version: number, topic = 'okr.test.v1'): EventContract {
  return defineEvent({
    type,
    version,
    topic,
    description: `${type} happened.`,
    subject: 'id of the note',
    dataClass: NoteData,
  });
}

describe('EventRegistry', () => {
  it('finds a contract by type and version', () => {
    const added = contract('NoteAdded', 2);
    const registry = new EventRegistry([contract('NoteAdded', 1), added]);

    const found = registry.find('NoteAdded', 2);

    expect(found).toBe(added);
    expect(registry.find('NoteAdded', 3)).toBeUndefined();
    expect(registry.find('NoteRemoved', 1)).toBeUndefined();
  });

  it('refuses two contracts with the same type and version', () => {
    const build = (): EventRegistry =>
      new EventRegistry([contract('NoteAdded', 1), contract('NoteAdded', 1)]);

    expect(build).toThrow('Duplicate event contract: NoteAdded v1');
  });

  it('lists the versions of a type in ascending order, and none for an unknown type', () => {
    const registry = new EventRegistry([contract('NoteAdded', 3), contract('NoteAdded', 1)]);

    expect(registry.versionsOf('NoteAdded')).toEqual([1, 3]);
    expect(registry.versionsOf('NoteRemoved')).toEqual([]);
  });

  it('tells a known type from an unknown one', () => {
    const registry = new EventRegistry([contract('NoteAdded', 1)]);

    expect(registry.knowsType('NoteAdded')).toBe(true);
    expect(registry.knowsType('NoteRemoved')).toBe(false);
  });

  it('lists every contract sorted by topic, type and version, and the distinct topics', () => {
    const registry = new EventRegistry([
      contract('NoteRemoved', 1, 'okr.b.v1'),
      contract('NoteAdded', 2, 'okr.a.v1'),
      contract('NoteArchived', 1, 'okr.a.v1'),
      contract('NoteAdded', 1, 'okr.a.v1'),
    ]);

    const listed = registry.all().map((entry) => `${entry.topic} ${entry.type} v${entry.version}`);

    expect(listed).toEqual([
      'okr.a.v1 NoteAdded v1',
      'okr.a.v1 NoteAdded v2',
      'okr.a.v1 NoteArchived v1',
      'okr.b.v1 NoteRemoved v1',
    ]);
    expect(registry.topics()).toEqual(['okr.a.v1', 'okr.b.v1']);
  });
});
