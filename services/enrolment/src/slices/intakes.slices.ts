import type { Slices } from './slices';

export const intakeSlices: Slices = {
  controllers: [],
  providers: [],
};
