import type { Slices } from './slices';

export const roundSlices: Slices = {
  controllers: [],
  providers: [],
};
