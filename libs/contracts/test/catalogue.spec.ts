import * as contracts from '../src';
import {
  catalogue,
  ENROLMENT_EVENTS,
  jsonSchemaOf,
  SchoolEnrolledV1,
  SchoolEnrolledV2,
  validateEventData,
  type EventContract,
} from '../src';
import { exampleOf } from '../src/testing';

function isContract(value: unknown): value is EventContract {
  return typeof value === 'object' && value !== null && 'dataClass' in value && 'version' in value;
}

describe('the catalogue', () => {
  it('holds every event contract the library exports, so no consumer dead-letters a published event', () => {
    const exported = (Object.values(contracts) as unknown[]).filter(isContract);

    const missing = exported.filter(
      (contract) => catalogue.find(contract.type, contract.version) !== contract,
    );

    expect(exported.length).toBeGreaterThan(0);
    expect(missing.map((contract) => `${contract.type} v${contract.version}`)).toEqual([]);
  });

  it('holds a v2 beside its v1 and reads events of both, each against its own version', () => {
    const v1 = catalogue.find('SchoolEnrolled', 1);
    const v2 = catalogue.find('SchoolEnrolled', 2);
    const publishedUnderV1 = exampleOf(SchoolEnrolledV1, { participationId: undefined });

    expect([v1, v2]).toEqual([SchoolEnrolledV1, SchoolEnrolledV2]);
    expect(v1 && validateEventData(v1, publishedUnderV1).ok).toBe(true);
    expect(v2 && validateEventData(v2, exampleOf(SchoolEnrolledV2)).ok).toBe(true);
    expect(v2 && validateEventData(v2, publishedUnderV1).ok).toBe(false);
  });

  it("has as each enrolment event's latest version the one the enrolment service publishes", () => {
    const latest = Object.values(ENROLMENT_EVENTS).filter(
      (contract) => catalogue.latest(contract.type) !== contract,
    );

    expect(latest.map((contract) => `${contract.type} v${contract.version}`)).toEqual([]);
  });

  it('holds only contracts whose data classes declare their fields', () => {
    const undescribed = catalogue
      .all()
      .filter((contract) => Object.keys(jsonSchemaOf(contract.dataClass).properties as object).length === 0);

    expect(undescribed).toEqual([]);
  });
});
