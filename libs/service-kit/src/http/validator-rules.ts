// @ts-expect-error -- class-transformer publishes no typings for this path; they live under its types/ folder.
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import type { MetadataStorage as TransformerStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { jsonSchemaOf, type JsonSchema } from '@okr/contracts';

type Class = new () => object;

// @Type(() => X) is the only place the class of a nested object or array item is written down.
const transformerStorage = defaultMetadataStorage as TransformerStorage;

// The programme's days and moments lie from 2000-01-01 to 2099-12-31 (IsWithinProgrammeDays): a year 20xx.
const FOUR_DIGIT_YEAR = '^\\d{4}-';
const PROGRAMME_YEAR = '^20\\d{2}-';

/**
 * The rules of a validated class as JSON Schema: what `jsonSchemaOf` reads from its decorators, plus the rules it
 * cannot see that a pattern can say (a day or moment within the programme's years), in nested classes too.
 */
export function validatorRulesOf(target: Class): JsonSchema {
  return withProgrammeDays(target, jsonSchemaOf(target), []);
}

function withProgrammeDays(target: Class, schema: JsonSchema, enclosing: readonly Class[]): JsonSchema {
  const properties = schema['properties'] as Record<string, JsonSchema> | undefined;
  if (!properties || enclosing.includes(target)) return schema;
  const storage = getMetadataStorage();
  const byProperty = storage.groupByPropertyName(
    storage.getTargetValidationMetadatas(target, '', true, false),
  );
  const ruled: Record<string, JsonSchema> = { ...properties };
  for (const [property, metadata] of Object.entries(byProperty)) {
    let rule = ruled[property];
    if (!rule) continue;
    if (metadata.some((entry) => entry.name === 'isWithinProgrammeDays')) rule = withinProgrammeYears(rule);
    if (metadata.some((entry) => entry.type === ValidationTypes.NESTED_VALIDATION)) {
      const nested = transformerStorage.findTypeMetadata(target, property)?.typeFunction() as
        Class | undefined;
      const items = rule['items'] as JsonSchema | undefined;
      if (nested && rule['type'] === 'array' && items) {
        rule = { ...rule, items: withProgrammeDays(nested, items, [...enclosing, target]) };
      } else if (nested) {
        rule = withProgrammeDays(nested, rule, [...enclosing, target]);
      }
    }
    ruled[property] = rule;
  }
  return { ...schema, properties: ruled };
}

function withinProgrammeYears(rule: JsonSchema): JsonSchema {
  const pattern = rule['pattern'];
  if (typeof pattern === 'string' && pattern.startsWith(FOUR_DIGIT_YEAR)) {
    return { ...rule, pattern: PROGRAMME_YEAR + pattern.slice(FOUR_DIGIT_YEAR.length) };
  }
  return pattern === undefined ? { ...rule, pattern: PROGRAMME_YEAR } : rule;
}
