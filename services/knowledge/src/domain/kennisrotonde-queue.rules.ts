import { type CalendarDay, daysBetween, workingDaysBetween } from '@okr/contracts';
import { type CaseState, isOpen } from './kennisrotonde-case.entity';
import { dueOn, type ServiceNorm } from './working-days.rules';

type Queued = Pick<CaseState, 'caseId' | 'priority' | 'receivedAt' | 'status'>;

/**
 * The order brokers take questions in: a question from a school that takes part in the programme goes ahead
 * of every question from others, however much older; within each group the oldest first.
 */
export function compareInQueue(first: Queued, second: Queued): number {
  if (first.priority !== second.priority) return first.priority ? -1 : 1;
  return first.receivedAt.localeCompare(second.receivedAt) || first.caseId.localeCompare(second.caseId);
}

/** The open questions in the order they are taken. */
export function queueOf<T extends Queued>(cases: readonly T[]): T[] {
  return cases.filter(isOpen).sort(compareInQueue);
}

/** Where an open question stands against the service norm. */
export interface NormStanding {
  readonly dueOn: CalendarDay;
  readonly overdue: boolean;
  /** Days and working days past the due day; 0 when not overdue. */
  readonly daysOverdue: number;
  readonly workingDaysOverdue: number;
}

/** An open question is overdue from the day after its due day; an answered, declined or redirected one never. */
export function normStanding(
  state: Pick<CaseState, 'receivedOn' | 'status'>,
  today: CalendarDay,
  norm: ServiceNorm,
): NormStanding {
  const due = dueOn(state.receivedOn, norm);
  const overdue = isOpen(state) && today > due;
  return {
    dueOn: due,
    overdue,
    daysOverdue: overdue ? daysBetween(due, today) : 0,
    workingDaysOverdue: overdue ? workingDaysBetween(due, today, norm.holidays) : 0,
  };
}

/** The overdue questions, the longest overdue first. */
export function overdueCases<T extends Queued & Pick<CaseState, 'receivedOn'>>(
  cases: readonly T[],
  today: CalendarDay,
  norm: ServiceNorm,
): T[] {
  return cases
    .filter((state) => normStanding(state, today, norm).overdue)
    .sort((first, second) => first.receivedAt.localeCompare(second.receivedAt));
}

/** Questions answered per calendar year, and how many of them were the programme's extra (priority) questions. */
export interface AnsweredCounts {
  readonly answered: number;
  readonly extraFromParticipatingSchools: number;
  readonly byYear: ReadonlyArray<{ year: string; answered: number; extraFromParticipatingSchools: number }>;
}

/**
 * Counts answered questions by the calendar year of their answer. The seed's footnote expects the programme's
 * extra questions per calendar year (10 in 2023 … 40 up to August 2026): those are the priority ones.
 */
export function answeredCounts(cases: readonly Pick<CaseState, 'answer' | 'priority'>[]): AnsweredCounts {
  const years = new Map<string, { answered: number; extraFromParticipatingSchools: number }>();
  for (const { answer, priority } of cases) {
    if (answer === undefined) continue;
    const year = answer.answeredOn.slice(0, 4);
    const counts = years.get(year) ?? { answered: 0, extraFromParticipatingSchools: 0 };
    counts.answered += 1;
    if (priority) counts.extraFromParticipatingSchools += 1;
    years.set(year, counts);
  }
  const byYear = [...years]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, counts]) => ({ year, ...counts }));
  return {
    answered: byYear.reduce((sum, year) => sum + year.answered, 0),
    extraFromParticipatingSchools: byYear.reduce((sum, year) => sum + year.extraFromParticipatingSchools, 0),
    byYear,
  };
}
