import { CompleteIntakeHandler } from '../commands/complete-intake/complete-intake.handler';
import { CompleteIntakeHttpController } from '../commands/complete-intake/complete-intake.http.controller';
import { GetIntakeHttpController } from '../queries/get-intake/get-intake.http.controller';
import type { Slices } from './slices';

export const intakeSlices: Slices = {
  controllers: [CompleteIntakeHttpController, GetIntakeHttpController],
  providers: [CompleteIntakeHandler],
};
