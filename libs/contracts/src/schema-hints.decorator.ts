import { ValidateIf } from 'class-validator';

interface SchemaHint {
  description?: string;
  nullable?: boolean;
  /** Left out of the schema's `required` although the field has no @IsOptional (it is required only sometimes). */
  optional?: boolean;
}

// Keyed by prototype so a subclass sees the hints of the class it extends (looked up along the chain).
const hints = new WeakMap<object, Map<string, SchemaHint>>();

function addHint(prototype: object, property: string | symbol, hint: SchemaHint): void {
  if (typeof property !== 'string') return;
  const ofClass = hints.get(prototype) ?? new Map<string, SchemaHint>();
  ofClass.set(property, { ...ofClass.get(property), ...hint });
  hints.set(prototype, ofClass);
}

/** Documents a field of an event; the text appears in the AsyncAPI document. */
export function Description(text: string): PropertyDecorator {
  return (prototype, property) => addHint(prototype, property, { description: text });
}

/**
 * Allows `null` (but not a missing field) and records it for the AsyncAPI document; the field's other
 * validators apply to every non-null value.
 */
export function IsNullable(): PropertyDecorator {
  const skipNull = ValidateIf((_object: object, value: unknown) => value !== null);
  return (prototype, property) => {
    skipNull(prototype, property);
    addHint(prototype, property, { nullable: true });
  };
}

/** Lists a field as optional in the AsyncAPI document; for decorators that require it only under a condition. */
export function markOptionalInSchema(prototype: object, property: string | symbol): void {
  addHint(prototype, property, { optional: true });
}

/** The hints recorded for `property` of `target` or a class it extends. */
export function schemaHintOf(target: abstract new () => object, property: string): SchemaHint {
  let prototype: unknown = target.prototype;
  const found: SchemaHint = {};
  // Walk from the base class down so a subclass's hint wins.
  const chain: object[] = [];
  while (typeof prototype === 'object' && prototype !== null && prototype !== Object.prototype) {
    chain.unshift(prototype);
    prototype = Object.getPrototypeOf(prototype);
  }
  for (const link of chain) {
    Object.assign(found, hints.get(link)?.get(property));
  }
  return found;
}
