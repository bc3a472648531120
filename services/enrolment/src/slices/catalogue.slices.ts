import type { Slices } from './slices';

export const catalogueSlices: Slices = {
  controllers: [],
  providers: [],
};
