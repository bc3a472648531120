import { ImportProgressStore } from '../import/import-progress';
import { ImportRunner } from '../import/import-runner';
import { ImportsHttpController } from '../import/imports.http.controller';
import type { Slices } from './slices';

export const importSlices: Slices = {
  controllers: [ImportsHttpController],
  providers: [ImportRunner, ImportProgressStore],
};
