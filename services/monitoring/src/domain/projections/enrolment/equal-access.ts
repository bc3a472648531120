import type { EqualAccessFlag } from '../../views';

/** The equal-access flags a school met, as an event about it carried them. */
export type EqualAccessSnapshot = Record<EqualAccessFlag, boolean>;

/** Copies the four flags only: validated data may carry no other fields, but the state stays small regardless. */
export function snapshotOf(flags: EqualAccessSnapshot): EqualAccessSnapshot {
  return {
    weakPerforming: flags.weakPerforming,
    specialTargetGroups: flags.specialTargetGroups,
    specialisedEducation: flags.specialisedEducation,
    smallRegional: flags.smallRegional,
  };
}
