import type { Slices } from './slices';

export const applicationSlices: Slices = {
  controllers: [],
  providers: [],
};
