import 'reflect-metadata';

const DESCRIPTION = Symbol('okr:config-description');

/** Documents a configuration key; the text appears in boot errors and must match `.env.example`. */
export function Describe(text: string): PropertyDecorator {
  return (target, key) => {
    Reflect.defineMetadata(DESCRIPTION, text, target, key);
  };
}

export function descriptionOf(schema: object, key: string): string | undefined {
  return Reflect.getMetadata(DESCRIPTION, schema, key) as string | undefined;
}
