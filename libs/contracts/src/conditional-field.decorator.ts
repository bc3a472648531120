import { ValidateBy, ValidateIf } from 'class-validator';
import { markOptionalInSchema } from './schema-hints.decorator';

/** A test on the whole data object, e.g. `(data) => data.pillar === 'improvement-culture'`. */
type Condition<T> = (data: T) => boolean;

/**
 * Requires the field when `condition` holds of the data; otherwise it may be left out, and the field's other
 * validators then check it only when given. The AsyncAPI schema lists the field as optional. `conditionText`
 * completes "is required when ...".
 */
export function RequiredWhen<T extends object>(
  condition: Condition<T>,
  conditionText: string,
): PropertyDecorator {
  const onlyWhenGivenOrRequired = ValidateIf(
    (data: T, value: unknown) => value !== undefined || condition(data),
  );
  const required = ValidateBy({
    name: 'requiredWhen',
    validator: {
      validate: (value: unknown) => value !== undefined,
      defaultMessage: () => `$property is required when ${conditionText}`,
    },
  });
  return (prototype, property) => {
    onlyWhenGivenOrRequired(prototype, property);
    required(prototype, property);
    markOptionalInSchema(prototype, property);
  };
}

/**
 * Refuses the field, when it is given, unless `condition` holds of the data. Pair it with IsOptional or
 * RequiredWhen. `conditionText` completes "is allowed only when ...".
 */
export function OnlyWhen<T extends object>(
  condition: Condition<T>,
  conditionText: string,
): PropertyDecorator {
  return ValidateBy({
    name: 'onlyWhen',
    validator: {
      validate: (value: unknown, args) => value === undefined || condition(args?.object as T),
      defaultMessage: () => `$property is allowed only when ${conditionText}`,
    },
  });
}
