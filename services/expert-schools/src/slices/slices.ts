import type { Provider, Type } from '@nestjs/common';

/** The controllers and providers of one area of the service; expert-schools.module.ts puts the areas together. */
export interface Slices {
  readonly controllers: readonly Type<unknown>[];
  readonly providers: readonly Provider[];
}
