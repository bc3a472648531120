import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsArray, IsEmail, IsString, IsUUID, ValidateNested } from 'class-validator';
import { catalogue, jsonSchemaOf, type EventContract, type JsonSchema } from '../src';

// Events carry ids, BRINs, codes, dates and amounts; never who asked, what they wrote, or how to reach them.
const SUGGESTS_PERSONAL_DATA = /name$|email|phone|contact|question|notes|text/i;

// A school's name is not personal data. SchoolRegistered v1 published it as `name` before this check existed,
// and SchoolRegistered v2 and SchoolProfileUpdated repeat the same profile; every other event says `schoolName`.
const ALLOWED = new Set([
  'schoolName',
  'SchoolRegistered v1: name',
  'SchoolRegistered v2: name',
  'SchoolProfileUpdated v1: name',
]);

/** Every property of `schema` and of the objects and array items inside it, as dotted paths. */
function propertyPaths(schema: JsonSchema, prefix = ''): string[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).flatMap(([property, inner]) => {
    const path = prefix === '' ? property : `${prefix}.${property}`;
    const nested = (inner.type === 'array' ? inner.items : inner) as JsonSchema | undefined;
    return [path, ...(nested === undefined ? [] : propertyPaths(nested, path))];
  });
}

/** '<Type> v<version>: <dotted field>' for every field of `contracts` whose name suggests personal data. */
function personalDataFieldsOf(contracts: readonly EventContract[]): string[] {
  return contracts.flatMap((contract) => {
    const event = `${contract.type} v${contract.version}`;
    return propertyPaths(jsonSchemaOf(contract.dataClass))
      .filter((path) => {
        const property = path.split('.').at(-1) ?? path;
        const allowed = ALLOWED.has(property) || ALLOWED.has(`${event}: ${path}`);
        return SUGGESTS_PERSONAL_DATA.test(property) && !allowed;
      })
      .map((path) => `${event}: ${path}`);
  });
}

class Attendee {
  @IsString()
  name!: string;
}

class CarelessData {
  @IsUUID()
  inquiryId!: string;

  @IsString()
  schoolName!: string;

  @IsEmail()
  @IsString()
  contactEmail!: string;

  @IsString()
  notes!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Attendee)
  attendees!: Attendee[];
}

const careless: EventContract = {
  type: 'InquiryReceived',
  version: 9,
  topic: 'okr.test.v1',
  description: 'A careless inquiry.',
  subject: 'id of the inquiry',
  dataClass: CarelessData,
};

describe('the event catalogue', () => {
  it('has no field whose name suggests personal data', () => {
    expect(personalDataFieldsOf(catalogue.all())).toEqual([]);
  });

  it('would name every suspicious field of a careless contract, nested ones too, and allow schoolName', () => {
    expect(personalDataFieldsOf([careless])).toEqual([
      'InquiryReceived v9: contactEmail',
      'InquiryReceived v9: notes',
      'InquiryReceived v9: attendees.name',
    ]);
  });
});
