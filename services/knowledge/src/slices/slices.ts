import type { Provider, Type } from '@nestjs/common';

/** The controllers and providers of one area of the service; knowledge.module.ts puts the areas together. */
export interface Slices {
  readonly controllers: readonly Type<unknown>[];
  readonly providers: readonly Provider[];
}
