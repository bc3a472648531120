import type { Slices } from './slices';

export const deskSlices: Slices = {
  controllers: [],
  providers: [],
};
