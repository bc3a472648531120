import type { Slices } from './slices';

export const participationSlices: Slices = {
  controllers: [],
  providers: [],
};
