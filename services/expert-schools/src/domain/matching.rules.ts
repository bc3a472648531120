import { pillarOf, type PillarCode, type Region, type Sector } from '@okr/contracts';
import { HUB_SIZE } from './hub.entity';

/** What matching knows of a development school: its improvement question, sector and region. */
export interface MatchSeeker {
  readonly sector: Sector;
  readonly region?: Region;
  readonly themes: readonly string[];
  readonly pillarCodes: readonly PillarCode[];
}

/** What matching knows of an expert school: its approach, sector, region and the room its hub has. */
export interface MatchCandidate {
  readonly brin: string;
  readonly sector: Sector;
  readonly region?: Region;
  readonly themes: readonly string[];
  readonly pillarCodes: readonly PillarCode[];
  /** Development schools in its hub of the school year; 0 when it has no hub yet. */
  readonly hubMembers: number;
}

/** Why a candidate ranks where it does: each reason with the points it adds. */
export interface MatchReason {
  readonly code:
    | 'same-pillar-code'
    | 'same-pillar'
    | 'same-theme'
    | 'same-sector'
    | 'other-sector'
    | 'same-region'
    | 'hub-full';
  readonly points: number;
  /** What matched: the codes, themes, sector or region. */
  readonly about: readonly string[];
}

export interface Match {
  readonly rank: number;
  readonly brin: string;
  readonly score: number;
  /** Can it take the school: false when its hub has six development schools. */
  readonly hasRoom: boolean;
  readonly reasons: readonly MatchReason[];
}

// The weights say what matters most. The improvement question first: an expert school teaches one approach,
// and a shared pillar code (P3.B with P3.B) says more than a shared pillar (P3.A with P3.B). Then the sector:
// the seed pairs schools of one sector (a PO school learns from a PO school), so another sector costs more than
// any one shared code gains. The region last: 001 §3.5 has expert schools train "scholen in de regio".
const POINTS = { pillarCode: 3, pillar: 1, theme: 2, sameSector: 4, otherSector: -6, region: 2 } as const;

/**
 * Ranks the expert schools for a development school's question, best first, each with the reasons for its
 * place. A school whose hub is full still appears, last, so the coordinator sees why it is not offered. Ties
 * go to the hub with more room, then the BRIN, so the order is the same every time.
 */
export function rankExpertSchools(seeker: MatchSeeker, candidates: readonly MatchCandidate[]): Match[] {
  const scored = candidates.map((candidate) => {
    const reasons = reasonsFor(seeker, candidate);
    return {
      brin: candidate.brin,
      hasRoom: candidate.hubMembers < HUB_SIZE.max,
      room: HUB_SIZE.max - candidate.hubMembers,
      score: reasons.reduce((sum, { points }) => sum + points, 0),
      reasons,
    };
  });
  scored.sort(
    (a, b) =>
      Number(b.hasRoom) - Number(a.hasRoom) ||
      b.score - a.score ||
      b.room - a.room ||
      a.brin.localeCompare(b.brin),
  );
  return scored.map(({ brin, hasRoom, score, reasons }, index) => ({
    rank: index + 1,
    brin,
    score,
    hasRoom,
    reasons,
  }));
}

function reasonsFor(seeker: MatchSeeker, candidate: MatchCandidate): MatchReason[] {
  const reasons: MatchReason[] = [];
  const sharedCodes = seeker.pillarCodes.filter((code) => candidate.pillarCodes.includes(code));
  if (sharedCodes.length > 0) {
    reasons.push({
      code: 'same-pillar-code',
      points: POINTS.pillarCode * sharedCodes.length,
      about: sharedCodes,
    });
  }
  // A pillar shared only through different codes of it (P3.A asked, P3.B taught; or P3 with P3.C).
  const candidatePillars = new Set(candidate.pillarCodes.map(pillarOf));
  const sharedPillars = [
    ...new Set(
      seeker.pillarCodes
        .filter((code) => !sharedCodes.includes(code))
        .map(pillarOf)
        .filter((pillar) => candidatePillars.has(pillar)),
    ),
  ].filter((pillar) => !sharedCodes.some((code) => pillarOf(code) === pillar));
  if (sharedPillars.length > 0) {
    reasons.push({ code: 'same-pillar', points: POINTS.pillar * sharedPillars.length, about: sharedPillars });
  }
  const candidateThemes = new Set(candidate.themes.map(normalised));
  const sharedThemes = seeker.themes.filter((theme) => candidateThemes.has(normalised(theme)));
  if (sharedThemes.length > 0) {
    reasons.push({ code: 'same-theme', points: POINTS.theme * sharedThemes.length, about: sharedThemes });
  }
  reasons.push(
    seeker.sector === candidate.sector
      ? { code: 'same-sector', points: POINTS.sameSector, about: [candidate.sector] }
      : { code: 'other-sector', points: POINTS.otherSector, about: [candidate.sector] },
  );
  if (seeker.region !== undefined && seeker.region === candidate.region) {
    reasons.push({ code: 'same-region', points: POINTS.region, about: [candidate.region] });
  }
  if (candidate.hubMembers >= HUB_SIZE.max) {
    reasons.push({ code: 'hub-full', points: 0, about: [String(candidate.hubMembers)] });
  }
  return reasons;
}

function normalised(theme: string): string {
  return theme.trim().toLocaleLowerCase('nl');
}
