import { validatePlain } from '../class-validation';
import {
  IsPillarCode,
  isPillarCode,
  PILLAR_CODES,
  pillarNameOf,
  pillarOf,
  TEACHING_PILLAR_CODES,
  TEACHING_PILLARS,
  type PillarCode,
} from './teaching-pillars.value-object';

describe('the seven pillars of effective teaching', () => {
  it('has seven pillars with the sub-aspects the source heads them with', () => {
    const letters = TEACHING_PILLAR_CODES.map(
      (pillar) => `${pillar}:${Object.keys(TEACHING_PILLARS[pillar].aspects).join('')}`,
    );

    expect(letters).toEqual(['P1:ABC', 'P2:ABCD', 'P3:ABC', 'P4:ABC', 'P5:ABC', 'P6:ABCD', 'P7:ABCD']);
  });

  it('lists every pillar and sub-aspect as a code, each pillar before its sub-aspects', () => {
    const fromTheTree = TEACHING_PILLAR_CODES.flatMap((pillar) => [
      pillar,
      ...Object.keys(TEACHING_PILLARS[pillar].aspects).map((letter) => `${pillar}.${letter}`),
    ]);

    expect([...PILLAR_CODES]).toEqual(fromTheTree);
    expect(PILLAR_CODES).toHaveLength(31);
  });

  it('names pillars and sub-aspects in Dutch and English', () => {
    expect(pillarNameOf('P7')).toEqual({ nl: 'Leiderschap', en: 'Leadership' });
    expect(pillarNameOf('P6.D')).toEqual({ nl: 'Zomerschool', en: 'Summer school' });
    expect(pillarNameOf('P3.B')).toEqual({
      nl: 'Werken in niveaus en coöperatieve werkvormen',
      en: 'Levels and cooperative work',
    });
  });

  it('gives every code a name and a pillar', () => {
    for (const code of PILLAR_CODES) {
      expect(pillarNameOf(code).nl).not.toBe('');
      expect(pillarNameOf(code).en).not.toBe('');
      expect(PILLAR_CODES).toContain(pillarOf(code));
    }
    expect(pillarOf('P3.B')).toBe('P3');
    expect(pillarOf('P3')).toBe('P3');
  });

  it.each(['P1', 'P1.A', 'P2.D', 'P7.D'])('accepts %s as a code', (code) => {
    expect(isPillarCode(code)).toBe(true);
  });

  it.each(['P8', 'P1.D', 'P3.E', 'p1', 'P1A', 'P1.', '', 3])('refuses %p as a code', (code) => {
    expect(isPillarCode(code)).toBe(false);
  });
});

class TaggedProduct {
  @IsPillarCode()
  mainPillar!: PillarCode;

  @IsPillarCode({ each: true })
  tags!: PillarCode[];
}

describe('IsPillarCode', () => {
  it('accepts pillar and sub-aspect codes', () => {
    expect(validatePlain(TaggedProduct, { mainPillar: 'P3', tags: ['P3.B', 'P7'] }).problems).toEqual([]);
  });

  it('refuses an unknown code, also one in a list, and says what a code looks like', () => {
    const { problems } = validatePlain(TaggedProduct, { mainPillar: 'P1.D', tags: ['P3.B', 'P9'] });

    expect(problems).toEqual([
      {
        field: 'mainPillar',
        messages: [
          'mainPillar must be a pillar code of the seven pillars of effective teaching, e.g. P3 or P3.B',
        ],
      },
      {
        field: 'tags',
        messages: [
          'each value in tags must be a pillar code of the seven pillars of effective teaching, e.g. P3 or P3.B',
        ],
      },
    ]);
  });
});
