import { IsIn } from 'class-validator';

// The seven pillars of effective teaching for pupils at risk of falling behind ("zeven pijlers voor effectief
// onderwijs aan potentiële achterstandsleerlingen"), with the sub-aspects each pillar is headed by in that
// document. Knowledge products and expert-school approaches are tagged with them: 'P3' for a whole pillar,
// 'P3.B' for one sub-aspect. Not to be confused with the programme's four pillars (PILLARS), which are how
// the programme is organised.

/** A pillar or sub-aspect: its Dutch name as the source heads it, and an English one. */
export interface TeachingPillarName {
  readonly nl: string;
  readonly en: string;
}

/** Every pillar with its sub-aspects, by letter, in the order of the source. */
export const TEACHING_PILLARS = {
  P1: {
    nl: 'Educatief partnerschap en contact met gemeenschap',
    en: 'Educational partnership and community',
    aspects: {
      A: { nl: 'Communicatie met ouders', en: 'Communication with parents' },
      B: { nl: 'Ondersteuning van ouders', en: 'Support of parents' },
      C: { nl: 'Verbinding met de gemeenschap', en: 'Connection with the community' },
    },
  },
  P2: {
    nl: 'Pedagogisch klimaat, pedagogisch handelen en schoolcultuur',
    en: 'Pedagogical climate and practice',
    aspects: {
      A: { nl: 'Pedagogisch klimaat op school', en: 'Climate at school' },
      B: { nl: 'Pedagogisch handelen van leerkrachten', en: "Teachers' pedagogical practice" },
      C: {
        nl: 'Aandacht voor sociaal-emotionele vaardigheden van kinderen',
        en: 'Social-emotional skills',
      },
      D: { nl: 'Constructieve schoolcultuur/pedagogische gemeenschap', en: 'Constructive school culture' },
    },
  },
  P3: {
    nl: 'Didactisch handelen',
    en: 'Didactic practice',
    aspects: {
      A: { nl: 'Instructie', en: 'Instruction' },
      B: { nl: 'Werken in niveaus en coöperatieve werkvormen', en: 'Levels and cooperative work' },
      C: {
        nl: 'Ontwikkeling volgen en zichtbaar maken, cyclisch werken, feedback en verantwoordelijkheid voor het leerproces geven',
        en: 'Following and showing development, cyclic work, feedback',
      },
    },
  },
  P4: {
    nl: 'Professionalisering en ondersteuning van docenten; professionele leergemeenschap',
    en: 'Professional development and support of teachers',
    aspects: {
      A: { nl: 'Effectieve professionalisering', en: 'Effective professional development' },
      B: { nl: 'Ondersteuning van docenten', en: 'Support' },
      C: {
        nl: 'Een professionele leergemeenschap vormen en leercultuur hebben',
        en: 'A professional learning community',
      },
    },
  },
  P5: {
    nl: 'Extra aandacht en ondersteuning voor leerlingen',
    en: 'Extra attention and support for pupils',
    aspects: {
      A: {
        nl: 'Extra aandacht voor basisvaardigheden en studievaardigheden, intensieve lesprogramma’s gericht op het wegwerken van achterstanden',
        en: 'Basic and study skills',
      },
      B: {
        nl: 'Aandacht voor kennis van de wereld (en geïntegreerd taalonderwijs)',
        en: 'Knowledge of the world',
      },
      C: { nl: 'Ondersteuning in of voor de school', en: 'Support in or for the school' },
    },
  },
  P6: {
    nl: 'Extra leertijd (buiten schooltijd)',
    en: 'Extra learning time',
    aspects: {
      A: { nl: 'Extra leertijd voor taal, rekenen, studievaardigheden (bijles)', en: 'Tutoring' },
      B: { nl: 'Activiteiten na schooltijd', en: 'After-school activities' },
      C: { nl: 'Voorschool in de school met VVE-programma', en: 'Pre-school in the school' },
      D: { nl: 'Zomerschool', en: 'Summer school' },
    },
  },
  P7: {
    nl: 'Leiderschap',
    en: 'Leadership',
    aspects: {
      A: { nl: 'Bevorderen professionalisering en innovatie', en: 'Professional development and innovation' },
      B: {
        nl: 'Zorgen voor leergemeenschap en constructieve schoolcultuur',
        en: 'Learning community and constructive culture',
      },
      C: { nl: 'Doelgericht en focus op proces', en: 'Goal- and process-focused' },
      D: { nl: 'Ondersteunen', en: 'Supporting' },
    },
  },
} as const satisfies Record<
  string,
  TeachingPillarName & { readonly aspects: Readonly<Record<string, TeachingPillarName>> }
>;

type Pillars = typeof TEACHING_PILLARS;

/** A pillar's code, 'P1' … 'P7'. */
export type TeachingPillarCode = keyof Pillars;

/** A sub-aspect's code, e.g. 'P3.B'. */
export type TeachingAspectCode = {
  [P in TeachingPillarCode]: `${P}.${keyof Pillars[P]['aspects'] & string}`;
}[TeachingPillarCode];

/** A pillar or one of its sub-aspects: what a knowledge product or an approach is tagged with. */
export type PillarCode = TeachingPillarCode | TeachingAspectCode;

/** The seven pillar codes, in order. */
export const TEACHING_PILLAR_CODES = [
  'P1',
  'P2',
  'P3',
  'P4',
  'P5',
  'P6',
  'P7',
] as const satisfies readonly TeachingPillarCode[];

/** Every pillar and sub-aspect code, each pillar followed by its sub-aspects: 'P1', 'P1.A', … 'P7.D'. */
// prettier-ignore
export const PILLAR_CODES = [
  'P1', 'P1.A', 'P1.B', 'P1.C',
  'P2', 'P2.A', 'P2.B', 'P2.C', 'P2.D',
  'P3', 'P3.A', 'P3.B', 'P3.C',
  'P4', 'P4.A', 'P4.B', 'P4.C',
  'P5', 'P5.A', 'P5.B', 'P5.C',
  'P6', 'P6.A', 'P6.B', 'P6.C', 'P6.D',
  'P7', 'P7.A', 'P7.B', 'P7.C', 'P7.D',
] as const satisfies readonly PillarCode[];

/** Whether `value` is a pillar or sub-aspect code. */
export function isPillarCode(value: unknown): value is PillarCode {
  return typeof value === 'string' && (PILLAR_CODES as readonly string[]).includes(value);
}

/** The pillar a code belongs to: 'P3.B' → 'P3', 'P3' → 'P3'. */
export function pillarOf(code: PillarCode): TeachingPillarCode {
  const pillar = TEACHING_PILLAR_CODES.find((candidate) => code.split('.')[0] === candidate);
  if (pillar === undefined) throw new RangeError(`Unknown pillar code ${code}`);
  return pillar;
}

/** The Dutch and English name of a pillar or sub-aspect: 'P6.D' → { nl: 'Zomerschool', en: 'Summer school' }. */
export function pillarNameOf(code: PillarCode): TeachingPillarName {
  const pillar = TEACHING_PILLARS[pillarOf(code)];
  const letter = code.split('.')[1];
  if (letter === undefined) return { nl: pillar.nl, en: pillar.en };
  const aspects: Readonly<Record<string, TeachingPillarName>> = pillar.aspects;
  const aspect = aspects[letter];
  if (aspect === undefined) throw new RangeError(`Unknown pillar code ${code}`);
  return { nl: aspect.nl, en: aspect.en };
}

/**
 * Validates a pillar or sub-aspect code ('P1' … 'P7', 'P1.A' …); `{ each: true }` for a list of tags. The
 * codes also reach the AsyncAPI document and OpenAPI as an enum.
 */
export function IsPillarCode(options: { each?: boolean } = {}): PropertyDecorator {
  const each = options.each ?? false;
  return IsIn(PILLAR_CODES, {
    each,
    message: `${each ? 'each value in ' : ''}$property must be a pillar code of the seven pillars of effective teaching, e.g. P3 or P3.B`,
  });
}
