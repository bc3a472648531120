import { dayOf, monthOf, schoolYearOf } from '../calendar';
import type { KpiFact } from './kpi-fact';

/**
 * A fact of the labs that no school is the subject of (a lab, a diagnosis, an institute, an intervention):
 * counted once by its subject, in the school year and month of its day, without sector or equal-access flags.
 */
export function labFact(subject: string, day: string, withdrawn = false): KpiFact {
  return {
    subject,
    sector: null,
    schoolYear: schoolYearOf(day),
    month: monthOf(day),
    day: dayOf(day),
    flags: null,
    withdrawn,
    yes: false,
  };
}
