/**
 * The criteria an aspirant expert school is assessed on (001 §3.5, "Aanpak"): the basics in order,
 * demonstrably above-average results, a culture of improving and learning from each other, an approach rooted
 * in research that is described, implemented, has a positive effect on pupils' learning, fits other schools'
 * improvement questions and is of value outside the school, and a team able to coach other schools.
 */
export const SELECTION_CRITERIA = [
  'basics-in-order',
  'above-average-results',
  'improvement-culture',
  'approach-rooted-in-research',
  'approach-described',
  'approach-implemented',
  'approach-positive-effect',
  'approach-fits-improvement-questions',
  'approach-valuable-elsewhere',
  'team-can-coach',
] as const;
export type SelectionCriterion = (typeof SELECTION_CRITERIA)[number];

/** The assessor's judgement of one criterion. */
export const JUDGEMENTS = ['meets', 'partly-meets', 'does-not-meet'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

/** One criterion as assessed: the evidence looked at (in words, kept here) and the judgement. */
export interface CriterionAssessment {
  readonly criterion: SelectionCriterion;
  readonly judgement: Judgement;
  readonly evidence: string;
}

/** The members of an expert team by role (001 §3.5): teachers carrying the approach, school leader, internal coach. */
export const TEAM_ROLES = ['teacher', 'school-leader', 'internal-coach'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** A member of an expert team. Names stay in this service; no event carries them. */
export interface TeamMember {
  readonly name: string;
  readonly role: TeamRole;
}
