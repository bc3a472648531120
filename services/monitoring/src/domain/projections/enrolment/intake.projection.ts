import {
  type Activity,
  IntakeCompletedV1,
  type IntakeCompletedV1Data,
  type IntakeOutcome,
} from '@okr/contracts';
import { replaceIfLater } from '../merge';
import { handlerFor, projection, type FactEvent } from '../projection';

export interface IntakeFact {
  intakeId: string;
  brin: string;
  activity: Activity;
  outcome: IntakeOutcome;
  heldOn: string;
  inquiryId?: string;
  /** The latest IntakeCompleted of the intake wins. */
  stamp: string;
}

const on = handlerFor<IntakeFact>();

/** Intakes by id, as their latest IntakeCompleted gives them. */
export const intakeProjection = projection('intakes', [
  on(IntakeCompletedV1, {
    key: (data) => data.intakeId,
    initial: intakeOf,
    evolve: (intake, event) => replaceIfLater(intake, intakeOf(event)),
  }),
]);

function intakeOf({ data, stamp }: FactEvent<IntakeCompletedV1Data>): IntakeFact {
  return {
    intakeId: data.intakeId,
    brin: data.brin,
    activity: data.activity,
    outcome: data.outcome,
    heldOn: data.heldOn,
    ...(data.inquiryId === undefined ? {} : { inquiryId: data.inquiryId }),
    stamp,
  };
}
