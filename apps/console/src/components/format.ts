// Dutch words for the services' codes, and Dutch number, money and date formats.
import type { components } from '../api/enrolment';

type Schemas = components['schemas'];
export type Activity = Schemas['SubmitApplicationRequestDto']['activity'];

export const ACTIVITY_LABELS: Readonly<Record<Activity, string>> = {
  groeikracht: 'Groeikracht',
  'de-transformatieve-school': 'De Transformatieve School',
  'taallab-co-creating': 'Taallab (co-creërend)',
  'taallab-participating': 'Taallab (deelnemend)',
  'lerarenlab-co-creating': 'Lerarenlab (co-creërend)',
  'lerarenlab-participating': 'Lerarenlab (deelnemend)',
  'aspirant-expert-school': 'Aspirant-expertschool',
  'development-school': 'Ontwikkelschool',
};
export const ACTIVITIES: readonly Activity[] = [
  'groeikracht',
  'de-transformatieve-school',
  'taallab-co-creating',
  'taallab-participating',
  'lerarenlab-co-creating',
  'lerarenlab-participating',
  'aspirant-expert-school',
  'development-school',
];
export const ACTIVITY_OPTIONS = ACTIVITIES.map((value) => ({ value, label: ACTIVITY_LABELS[value] }));

export const CHANNEL_LABELS: Readonly<Record<Schemas['ReceiveInquiryRequestDto']['channel'], string>> = {
  phone: 'Telefoon',
  email: 'E-mail',
  'web-form': 'Webformulier',
  'information-session': 'Informatiebijeenkomst',
};

export const INQUIRY_STATUS_LABELS: Readonly<Record<Schemas['InquiryResponse']['status'], string>> = {
  open: 'Open',
  'conversation-held': 'Verkennend gesprek gevoerd',
  referred: 'Doorverwezen',
  closed: 'Gesloten',
};

export const APPLICATION_STATUS_LABELS: Readonly<Record<Schemas['ApplicationResponse']['status'], string>> = {
  submitted: 'Ingediend',
  'information-requested': 'Informatie gevraagd',
  resubmitted: 'Aangevuld',
  granted: 'Toegekend',
  rejected: 'Afgewezen',
  withdrawn: 'Ingetrokken',
};

export const PARTICIPATION_STATUS_LABELS: Readonly<
  Record<Schemas['ParticipationResponse']['status'], string>
> = {
  enrolled: 'Ingeschreven',
  active: 'Gestart',
  completed: 'Afgerond',
  withdrawn: 'Gestopt',
};

export type EqualAccessFlag = keyof Schemas['EqualAccessView'];
export const EQUAL_ACCESS_FLAGS: readonly EqualAccessFlag[] = [
  'weakPerforming',
  'specialTargetGroups',
  'specialisedEducation',
  'smallRegional',
];
export const TIMELINE_LABELS: Readonly<Record<Schemas['TimelineEntry']['kind'], string>> = {
  'inquiry-received': 'Vraag ontvangen',
  'exploratory-conversation': 'Verkennend gesprek',
  'inquiry-referred': 'Doorverwezen',
  'inquiry-closed': 'Vraag gesloten',
  intake: 'Intake',
  'application-submitted': 'Aanvraag ingediend',
  'information-requested': 'Informatie gevraagd',
  'application-resubmitted': 'Aanvraag aangevuld',
  'application-granted': 'Aanvraag toegekend',
  'application-rejected': 'Aanvraag afgewezen',
  'application-withdrawn': 'Aanvraag ingetrokken',
  enrolled: 'Ingeschreven',
  'participation-started': 'Deelname gestart',
  'participation-completed': 'Deelname afgerond',
  'participation-withdrawn': 'Deelname gestopt',
  'sustainability-assessed': 'Borging beoordeeld',
  'expert-coach-trained': 'Coach opgeleid',
};

export const EQUAL_ACCESS_LABELS: Readonly<Record<keyof Schemas['EqualAccessView'], string>> = {
  weakPerforming: 'Zwak presterend',
  specialTargetGroups: 'Bijzondere doelgroepen',
  specialisedEducation: 'Speciaal onderwijs',
  smallRegional: 'Kleine regionale school',
};

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const day = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const moment = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

export function formatCents(cents: number): string {
  return euro.format(cents / 100);
}

export function formatNumber(value: number): string {
  return number.format(value);
}

/** What a day or moment the service cannot show (a legacy record's) reads as. */
export const UNKNOWN_DAY = 'onbekend';

/** A business day (YYYY-MM-DD) as "3 maart 2025"; null (a day the service cannot show) as "onbekend". */
export function formatDay(text: string | null): string {
  if (text === null) return UNKNOWN_DAY;
  const parsed = new Date(`${text.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? text : day.format(parsed);
}

/** A moment (ISO 8601) in Amsterdam time; null as "onbekend". */
export function formatMoment(text: string | null): string {
  if (text === null) return UNKNOWN_DAY;
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? text : moment.format(parsed);
}

/** Euros as typed by a person ("1.250,50" or "1250.5") in cents; undefined when it is no amount. */
export function centsOf(text: string): number | undefined {
  const cleaned = text.replace(/[€\s]/g, '');
  // Dutch notation: a comma before the cents, dots between thousands ("12.500,50", "12.500").
  const dutch = cleaned.includes(',') || /^\d{1,3}(\.\d{3})+$/.test(cleaned);
  const normalised = dutch ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned;
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return undefined;
  return Math.round(Number(normalised) * 100);
}
