import { catalogue, SchoolEnrolledV2, validateEventData } from '@okr/contracts';
import { anEvent, anUnknownEvent, redelivered } from './support/projected-events';

// The domain's unit tests build their events here; an event the projector could never hand over would make
// them prove nothing.
describe('the projected events of the unit tests', () => {
  it.each(catalogue.all().map((contract) => [`${contract.type} v${contract.version}`, contract] as const))(
    'build %s as validation hands it over: valid data, an instance of its data class',
    (_, contract) => {
      const event = anEvent(contract);

      expect(validateEventData(contract, event.data)).toMatchObject({ ok: true });
      expect(event.data).toBeInstanceOf(contract.dataClass);
      expect({ type: event.type, version: event.version }).toEqual({
        type: contract.type,
        version: contract.version,
      });
    },
  );

  it('take the data fields and envelope facts they are given', () => {
    const event = anEvent(
      SchoolEnrolledV2,
      { brin: '34CD', enrolledOn: '2024-09-02' },
      { occurredAt: '2025-01-01T00:00:00Z' },
    );

    expect(event).toMatchObject({
      subject: '34CD',
      occurredAt: '2025-01-01T00:00:00Z',
      data: { brin: '34CD', enrolledOn: '2024-09-02' },
    });
    expect(anEvent(SchoolEnrolledV2).eventId).not.toBe(event.eventId);
  });

  it('deliver an event again with the same id and facts, as a new instance of its data class', () => {
    const event = anEvent(SchoolEnrolledV2);

    const again = redelivered(event);

    expect(again).toEqual(event);
    expect(again.data).not.toBe(event.data);
    expect(again.data).toBeInstanceOf(SchoolEnrolledV2.dataClass);
  });

  it('refuse to build an unknown event of a (type, version) the catalogue holds', () => {
    expect(() => anUnknownEvent('SchoolEnrolled', 2, {})).toThrow('in the catalogue');
    expect(anUnknownEvent('LabOpened', 1, { labId: 'lab-1' })).toMatchObject({
      type: 'LabOpened',
      version: 1,
    });
  });
});
