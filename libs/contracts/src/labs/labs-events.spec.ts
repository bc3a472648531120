import { catalogue } from '../catalogue';
import { ACTIVITIES, PILLAR_OF_ACTIVITY } from '../shared/programme.value-object';
import { exampleOf } from '../testing';
import { validateEventData } from '../validation';
import { LABS_CONTRACTS, LABS_EVENTS } from './labs-events';
import { isLabActivity, LAB_OF_ACTIVITY } from './labs.value-object';
import { PilotCompletedV1 } from './pilot-completed.v1';
import { TOPICS } from '../topics';

describe('the labs events', () => {
  it('are all in the catalogue, on the labs topic, keyed by the lab', () => {
    for (const contract of LABS_CONTRACTS) {
      expect(catalogue.find(contract.type, contract.version)).toBe(contract);
      expect(contract.topic).toBe(TOPICS.labs);
      expect(contract.subject).toBe('id of the lab');
    }
    expect(Object.keys(LABS_EVENTS)).toEqual(expect.arrayContaining(['LabStarted', 'PilotCompleted']));
  });

  it('map exactly the co-creation-labs enrolment activities to a lab and a role', () => {
    const labActivities = ACTIVITIES.filter(
      (activity) => PILLAR_OF_ACTIVITY[activity] === 'co-creation-labs',
    );

    expect(ACTIVITIES.filter(isLabActivity)).toEqual(labActivities);
    expect(LAB_OF_ACTIVITY['taallab-co-creating']).toEqual({ labCode: 'taallab', role: 'co-creating' });
    expect(LAB_OF_ACTIVITY['lerarenlab-participating']).toEqual({
      labCode: 'lerarenlab',
      role: 'participating',
    });
  });

  it('refuse an effective pilot without its effect on pupil results, and accept an inconclusive one without', () => {
    const effectiveWithoutEffect = { ...exampleOf(PilotCompletedV1), pupilResultsEffectSize: undefined };

    expect(validateEventData(PilotCompletedV1, effectiveWithoutEffect)).toMatchObject({ ok: false });
    expect(
      validateEventData(PilotCompletedV1, exampleOf(PilotCompletedV1, { result: 'inconclusive' })),
    ).toEqual(expect.objectContaining({ ok: true }));
  });

  it('refuse a pilot that names no schools or sectors', () => {
    expect(validateEventData(PilotCompletedV1, exampleOf(PilotCompletedV1, { sectors: [] }))).toMatchObject({
      ok: false,
    });
    expect(
      validateEventData(PilotCompletedV1, exampleOf(PilotCompletedV1, { schoolCount: 0 })),
    ).toMatchObject({
      ok: false,
    });
  });
});
