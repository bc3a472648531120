import * as contracts from '../src';
import { catalogue, jsonSchemaOf, type EventContract } from '../src';

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

  it('holds only contracts whose data classes declare their fields', () => {
    const undescribed = catalogue
      .all()
      .filter((contract) => Object.keys(jsonSchemaOf(contract.dataClass).properties as object).length === 0);

    expect(undescribed).toEqual([]);
  });
});
