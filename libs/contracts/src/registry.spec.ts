import { IsISO8601, IsString } from 'class-validator';
import { defineEvent, type EventContract } from './event-contract';
import { EventRegistry } from './registry';
import { validateEventData } from './validation';

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

  it('keeps a v1 beside its v2, so events of both versions are read', () => {
    class NoteAddedV2Data {
      @IsString()
      text!: string;

      @IsISO8601({ strict: true })
      addedOn!: string;
    }
    const v1 = contract('NoteAdded', 1);
    const v2 = defineEvent({ ...v1, version: 2, dataClass: NoteAddedV2Data });
    const registry = new EventRegistry([v2, v1]);

    const readV1 = validateEventData(registry.find('NoteAdded', 1) ?? v2, { text: 'old' });
    const readV2 = validateEventData(registry.find('NoteAdded', 2) ?? v1, {
      text: 'new',
      addedOn: '2025-03-10',
    });
    const v1AsV2 = validateEventData(v2, { text: 'old' });

    expect([readV1.ok, readV2.ok, v1AsV2.ok]).toEqual([true, true, false]);
    expect(registry.latest('NoteAdded')).toBe(v2);
  });

  it('knows the latest version of a type, and none of an unknown type', () => {
    const registry = new EventRegistry([
      contract('NoteAdded', 1),
      contract('NoteAdded', 3),
      contract('NoteAdded', 2),
    ]);

    expect(registry.latest('NoteAdded')?.version).toBe(3);
    expect(registry.latest('NoteRemoved')).toBeUndefined();
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
