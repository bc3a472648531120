import type { Slices } from './slices';

export const inquirySlices: Slices = {
  controllers: [],
  providers: [],
};
