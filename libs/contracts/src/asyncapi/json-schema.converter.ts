// @ts-expect-error -- class-transformer publishes no typings for this path; they live under its types/ folder.
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import type { MetadataStorage as TransformerStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { schemaHintOf } from '../schema-hints.decorator';

/** A JSON Schema (the draft-07 subset the AsyncAPI schema format builds on). */
export type JsonSchema = { [keyword: string]: unknown };

type Metadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];
type Class = new () => object;

// @Type(() => X) is the only place the class of a nested object or array item is written down.
const transformerStorage = defaultMetadataStorage as TransformerStorage;

/**
 * The JSON Schema of a class-validator class, read from its decorators. Unknown decorators are ignored,
 * so the schema may allow values validation refuses (custom checks), never the other way round.
 */
export function jsonSchemaOf(target: Class): JsonSchema {
  return objectSchema(target, []);
}

function objectSchema(target: Class, enclosing: readonly Class[]): JsonSchema {
  // A class that contains itself is described once; deeper levels are just objects.
  if (enclosing.includes(target)) return { type: 'object' };
  const storage = getMetadataStorage();
  const byProperty = storage.groupByPropertyName(
    storage.getTargetValidationMetadatas(target, '', true, false),
  );
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [property, metadata] of Object.entries(byProperty)) {
    properties[property] = propertySchema(target, property, metadata, [...enclosing, target]);
    const optional =
      metadata.some((entry) => entry.name === 'isOptional') ||
      schemaHintOf(target, property).optional === true;
    if (!optional) required.push(property);
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

function propertySchema(
  target: Class,
  property: string,
  metadata: readonly Metadata[],
  enclosing: readonly Class[],
): JsonSchema {
  let value: JsonSchema = {};
  const item: JsonSchema = {};
  let isArray = false;
  let isNested = false;
  let notEmpty = false;
  for (const entry of metadata) {
    isArray ||= entry.each || entry.name === 'isArray';
    isNested ||= entry.type === ValidationTypes.NESTED_VALIDATION;
    notEmpty ||= entry.name === 'isNotEmpty';
    mergeInto(entry.each ? item : value, keywordsOf(entry));
  }
  if (isNested) {
    const nestedClass = transformerStorage.findTypeMetadata(target, property)?.typeFunction() as
      Class | undefined;
    mergeInto(
      isArray ? item : value,
      nestedClass ? objectSchema(nestedClass, enclosing) : { type: 'object' },
    );
  }
  if (isArray) {
    value = { ...value, type: 'array', items: item };
  }
  if (notEmpty && value.type === 'string' && value.minLength === undefined) {
    value.minLength = 1;
  }
  const hint = schemaHintOf(target, property);
  if (hint.description !== undefined) {
    value.description = hint.description;
  }
  return inReadingOrder(hint.nullable ? nullable(value) : value);
}

// Decorators run bottom-up, so keywords arrive in any order; a fixed order keeps the document readable.
const KEYWORD_ORDER = [
  'description',
  'type',
  'format',
  'pattern',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'items',
  'properties',
  'required',
];

function inReadingOrder(schema: JsonSchema): JsonSchema {
  const rank = (keyword: string): number => {
    const index = KEYWORD_ORDER.indexOf(keyword);
    return index === -1 ? KEYWORD_ORDER.length : index;
  };
  return Object.fromEntries(Object.entries(schema).sort(([a], [b]) => rank(a) - rank(b)));
}

function keywordsOf(entry: Metadata): JsonSchema {
  const constraints = (entry.constraints ?? []) as unknown[];
  switch (entry.name) {
    case 'isString':
      return { type: 'string' };
    case 'isInt':
      return { type: 'integer' };
    case 'isNumber':
      return { type: 'number' };
    case 'isBoolean':
      return { type: 'boolean' };
    case 'isObject':
      return { type: 'object' };
    case 'isIn':
      return enumOf(constraints[0] as readonly unknown[]);
    case 'isEnum':
      return enumOf(constraints[1] as readonly unknown[]);
    case 'matches':
      return { type: 'string', pattern: patternOf(constraints[0]) };
    case 'min':
      return { minimum: constraints[0] };
    case 'max':
      return { maximum: constraints[0] };
    case 'minLength':
      return { minLength: constraints[0] };
    case 'maxLength':
      return { maxLength: constraints[0] };
    case 'arrayMinSize':
      return { minItems: constraints[0] };
    case 'arrayMaxSize':
      return { maxItems: constraints[0] };
    case 'isIso8601':
    case 'isDateString':
      return { type: 'string', format: 'date-time' };
    case 'isCalendarDate':
      return { type: 'string', format: 'date' };
    case 'isUuid':
      return { type: 'string', format: 'uuid' };
    default:
      return {};
  }
}

function mergeInto(schema: JsonSchema, keywords: JsonSchema): void {
  // @IsInt and @IsNumber together mean an integer, whichever decorator comes first.
  const { type, ...rest } = keywords;
  if (type !== undefined && !(type === 'number' && schema.type === 'integer')) {
    schema.type = type;
  }
  Object.assign(schema, rest);
}

function enumOf(values: readonly unknown[]): JsonSchema {
  const allStrings = values.every((value) => typeof value === 'string');
  return allStrings ? { type: 'string', enum: [...values] } : { enum: [...values] };
}

function patternOf(pattern: unknown): string {
  return pattern instanceof RegExp ? pattern.source : String(pattern);
}

function nullable(schema: JsonSchema): JsonSchema {
  if (typeof schema.type !== 'string') {
    const { description, ...rest } = schema;
    return { ...(description === undefined ? {} : { description }), oneOf: [rest, { type: 'null' }] };
  }
  const withNull: JsonSchema = { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(schema.enum)) withNull.enum = [...(schema.enum as unknown[]), null];
  return withNull;
}
