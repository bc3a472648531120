import { type CalendarDay } from '@okr/contracts';
import { assertNotBefore, LabsError } from './labs.errors';
import { domainEvent, type Decision, type DomainEvent } from './labs-event.value-object';
import type { RosterState } from './roster.entity';

export interface LabDayState {
  readonly labDayId: string;
  readonly labId: string;
  readonly heldOn: CalendarDay;
  readonly topic: string;
  /** The schools that attended: schools that were on the lab's roster on the day. */
  readonly brins: readonly string[];
}

/** Records a lab day and the lab schools that attended it. */
export function holdLabDay(
  current: LabDayState | undefined,
  input: LabDayState & { readonly labStartedOn: CalendarDay; readonly roster: RosterState | undefined },
): Decision<LabDayState, DomainEvent<'LabDayHeld'>> {
  if (current) {
    throw new LabsError('LAB_DAY.ALREADY_HELD', 'The lab day was recorded already', {
      labDayId: current.labDayId,
    });
  }
  assertNotBefore('LAB.DATE_OUT_OF_ORDER', input.heldOn, input.labStartedOn, 'The lab day');
  const onRosterThatDay = (brin: string): boolean =>
    (input.roster?.memberships ?? []).some(
      (membership) =>
        membership.brin === brin &&
        membership.joinedOn <= input.heldOn &&
        (membership.leftOn === undefined || membership.leftOn >= input.heldOn),
    );
  const brins = [...new Set(input.brins)].sort();
  const strangers = brins.filter((brin) => !onRosterThatDay(brin));
  if (strangers.length > 0) {
    throw new LabsError(
      'LAB_DAY.SCHOOL_NOT_ON_ROSTER',
      "The schools attending a lab day are on the lab's roster on that day",
      { brins: strangers, heldOn: input.heldOn },
    );
  }
  const state: LabDayState = {
    labDayId: input.labDayId,
    labId: input.labId,
    heldOn: input.heldOn,
    topic: input.topic,
    brins,
  };
  return {
    state,
    events: [
      domainEvent('LabDayHeld', {
        labDayId: state.labDayId,
        labId: state.labId,
        brins,
        heldOn: state.heldOn,
      }),
    ],
  };
}
