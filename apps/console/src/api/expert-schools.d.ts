// Generated from the expert-schools service's OpenAPI document by `npm run console:clients`; do not edit.
export interface paths {
  '/aspirants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Aspirants, by cohort (school year), school or status; by BRIN */
    get: operations['ListAspirantsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/aspirants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An aspirant: assessment, team, approach and where it stands in its training year */
    get: operations['GetAspirantHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/aspirants/{id}/assessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Assess an aspirant on every selection criterion, with evidence and judgement */
    put: operations['AssessAspirantHttpController_assess'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/aspirants/{id}/certification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Certify a selected aspirant as expert school for its approach; publishes ExpertSchoolCertified */
    post: operations['CertifyAspirantHttpController_certify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/aspirants/{id}/drop-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A selected aspirant leaves the training year uncertified; publishes AspirantExpertSchoolDroppedOut */
    post: operations['DropOutAspirantHttpController_dropOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/aspirants/{id}/selection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Select an assessed aspirant into its cohort for an approach; publishes AspirantExpertSchoolSelected */
    post: operations['SelectAspirantHttpController_select'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/aspirants/{id}/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record the expert team by role: teachers carrying the approach, school leader, internal coach */
    put: operations['SetExpertTeamHttpController_setTeam'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Candidate expert schools by the rule of seed 002: within a school group, at least one SD above the mean on the test score and/or the havo/vwo share, data for two of the last three years, at most one year below the mean */
    get: operations['FindCandidatesHttpController_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cohorts/{schoolYear}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A cohort of aspirants and its spread over sector, school type, region, approach and equal access (001 §3.5 asks for a diverse cohort) */
    get: operations['GetCohortHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/courses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Courses and knowledge-sharing sessions, by expert school or school year */
    get: operations['ListCoursesHttpController_list'];
    put?: never;
    /** Record a course (learning track) or the yearly knowledge-sharing session an expert school gave; publishes CourseGiven */
    post: operations['GiveCourseHttpController_give'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/development-schools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Development schools, by school year or school, with the hub each is in */
    get: operations['ListDevelopmentSchoolsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/development-schools/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A development school: its improvement question, hub and learning track */
    get: operations['GetDevelopmentSchoolHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/development-schools/{id}/improvement-question': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record a development school's improvement question: themes and pillar codes */
    put: operations['DescribeImprovementQuestionHttpController_describe'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/development-schools/{id}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The expert schools ranked by fit with a development school's improvement question, sector and region, each with the reasons for its place */
    get: operations['MatchExpertSchoolsHttpController_match'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expert-schools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The certified expert schools and the approach each is an expert school for */
    get: operations['ListExpertSchoolsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expert-schools/{brin}/quality-reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An expert school's yearly quality reviews, oldest first */
    get: operations['ListQualityReviewsHttpController_list'];
    put?: never;
    /** Record an expert school's yearly quality review; publishes ExpertSchoolQualityReviewed */
    post: operations['ReviewQualityHttpController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process is up */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** MongoDB and Redis answer and the service's own checks hold (503 names what does not); Kafka is reported, events wait in the outbox while it is away */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hubs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hubs, by school year or expert school */
    get: operations['ListHubsHttpController_list'];
    put?: never;
    /** Open an expert school's hub for a school year; it is forming until four schools join */
    post: operations['OpenHubHttpController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hubs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A hub: its expert school, development schools and their learning tracks */
    get: operations['GetHubHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hubs/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A development school joins the hub; publishes DevelopmentSchoolJoinedHub, and HubFormed when it is the fourth */
    post: operations['JoinHubHttpController_join'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hubs/{id}/members/{developmentSchoolId}/training': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A development school completed the hub's learning track, with the teachers' confidence before and after; publishes DevelopmentSchoolTrained */
    post: operations['CompleteLearningTrackHttpController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics: HTTP latency by route and status, outbox, relay, consumer lag, dead letters, process */
    get: operations['MetricsController_scrape'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regional-networks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The regional networks with their member counts */
    get: operations['ListRegionalNetworksHttpController_list'];
    put?: never;
    /** Form the regional network of expert teachers and school leaders of a region; publishes RegionalNetworkFormed */
    post: operations['FormRegionalNetworkHttpController_form'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/yearly-results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import schools' yearly results (CSV) for the candidate finder; valid rows are kept, the others reported per line */
    post: operations['ImportYearlyResultsHttpController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ApproachDto: {
      /**
       * Format: uuid
       * @description the co-creation lab intervention it implements (the labs service's InterventionDesigned id)
       */
      labInterventionId?: string;
      /** @enum {string} */
      origin: 'lab-intervention' | 'improvement-culture' | 'proven-approach';
      /**
       * @example [
       *       "P3.A",
       *       "P5.A"
       *     ]
       */
      pillarCodes: (
        | 'P1'
        | 'P1.A'
        | 'P1.B'
        | 'P1.C'
        | 'P2'
        | 'P2.A'
        | 'P2.B'
        | 'P2.C'
        | 'P2.D'
        | 'P3'
        | 'P3.A'
        | 'P3.B'
        | 'P3.C'
        | 'P4'
        | 'P4.A'
        | 'P4.B'
        | 'P4.C'
        | 'P5'
        | 'P5.A'
        | 'P5.B'
        | 'P5.C'
        | 'P6'
        | 'P6.A'
        | 'P6.B'
        | 'P6.C'
        | 'P6.D'
        | 'P7'
        | 'P7.A'
        | 'P7.B'
        | 'P7.C'
        | 'P7.D'
      )[];
      /** @description what the approach is and what it does for pupils, in words */
      summary: string;
      /**
       * @example [
       *       "leesmotivatie",
       *       "begrijpend lezen"
       *     ]
       */
      themes: string[];
      /** @example Een leven lang lezen: leesmotivatie */
      title: string;
    };
    ApproachResponse: {
      /** Format: uuid */
      labInterventionId?: string;
      /** @enum {string} */
      origin: 'lab-intervention' | 'improvement-culture' | 'proven-approach';
      pillarCodes: (
        | 'P1'
        | 'P1.A'
        | 'P1.B'
        | 'P1.C'
        | 'P2'
        | 'P2.A'
        | 'P2.B'
        | 'P2.C'
        | 'P2.D'
        | 'P3'
        | 'P3.A'
        | 'P3.B'
        | 'P3.C'
        | 'P4'
        | 'P4.A'
        | 'P4.B'
        | 'P4.C'
        | 'P5'
        | 'P5.A'
        | 'P5.B'
        | 'P5.C'
        | 'P6'
        | 'P6.A'
        | 'P6.B'
        | 'P6.C'
        | 'P6.D'
        | 'P7'
        | 'P7.A'
        | 'P7.B'
        | 'P7.C'
        | 'P7.D'
      )[];
      summary: string;
      themes: string[];
      title: string;
    };
    AspirantPageResponse: {
      items: components['schemas']['AspirantResponse'][];
      page: number;
      pageSize: number;
      total: number;
    };
    AspirantResponse: {
      /**
       * Format: uuid
       * @description the participation the help desk enrolled it under
       */
      aspirantId: string;
      assessment?: components['schemas']['AssessmentResponse'];
      /** @example 12AB */
      brin: string;
      /** Format: date */
      certifiedOn?: string;
      /** Format: date-time */
      changedAt: string;
      dropOut?: components['schemas']['DropOutResponse'];
      /** Format: date */
      enrolledOn: string;
      equalAccess: components['schemas']['EqualAccessResponse'];
      /**
       * @description the cohort: the training year
       * @example 2024-2025
       */
      schoolYear: string;
      /** @enum {string} */
      sector: 'PO' | 'VO';
      selection?: components['schemas']['SelectionResponse'];
      /** @enum {string} */
      status: 'enrolled' | 'selected' | 'certified' | 'dropped-out' | 'withdrawn';
      team: components['schemas']['TeamMemberResponse'][];
      version: number;
      /** Format: date */
      withdrawnOn?: string;
    };
    AssessAspirantRequestDto: {
      /**
       * Format: date
       * @description the day of the assessment; today (Dutch time) when left out
       */
      assessedOn?: string;
      /** @description every criterion of 001 §3.5 exactly once: basics-in-order, above-average-results, improvement-culture, approach-rooted-in-research, approach-described, approach-implemented, approach-positive-effect, approach-fits-improvement-questions, approach-valuable-elsewhere, team-can-coach */
      criteria: components['schemas']['CriterionAssessmentDto'][];
    };
    AssessmentResponse: {
      /** Format: date */
      assessedOn: string;
      criteria: components['schemas']['CriterionAssessmentResponse'][];
    };
    CandidateSchoolResponse: {
      /** @example 12AB */
      brin: string;
      candidate: boolean;
      measures: components['schemas']['SchoolMeasuresResponse'];
      /** @description how the school already takes part in the pillar; empty when it does not */
      participatesAs: ('aspirant' | 'expert-school' | 'development-school')[];
      qualifiesOn: ('meanTestScore' | 'havoVwoShare')[];
    };
    CandidatesResponse: {
      group: components['schemas']['GroupResponse'];
      /** @example 5 */
      schoolGroup: string;
      /** @description every school of the group, candidates first */
      schools: components['schemas']['CandidateSchoolResponse'][];
      /**
       * @example [
       *       "2021-2022",
       *       "2022-2023",
       *       "2023-2024"
       *     ]
       */
      schoolYears: string[];
    };
    CertifyAspirantRequestDto: {
      /**
       * Format: date
       * @description the day the school was certified as expert school; today (Dutch time) when left out
       */
      certifiedOn?: string;
    };
    CohortResponse: {
      aspirants: components['schemas']['AspirantResponse'][];
      /** @example 2024-2025 */
      schoolYear: string;
      spread: components['schemas']['CohortSpreadResponse'];
    };
    CohortSpreadResponse: {
      /** @description aspirants in the cohort (withdrawn ones left out) */
      aspirants: number;
      byApproachOrigin: {
        [key: string]: number;
      };
      /** @description by school board (bevoegd gezag) number */
      byBoard: {
        [key: string]: number;
      };
      /** @description aspirants meeting each equal-access criterion at enrolment */
      byEqualAccess: {
        [key: string]: number;
      };
      /** @description by pillar of effective teaching of the approach (P1-P7) */
      byPillar: {
        [key: string]: number;
      };
      /** @description by province; 'unknown' when the help desk did not register one */
      byRegion: {
        [key: string]: number;
      };
      /** @description by school type; 'unknown' until selected */
      bySchoolType: {
        [key: string]: number;
      };
      bySector: {
        [key: string]: number;
      };
      byStatus: {
        [key: string]: number;
      };
      /** @description the highest school weight (schoolgewicht) known */
      highestSchoolWeight: number | null;
    };
    CompleteLearningTrackRequestDto: {
      /** @description … and after it */
      confidenceAfter: number;
      /** @description the trained teachers' average professional confidence before the track (whole number) */
      confidenceBefore: number;
      /**
       * Format: date
       * @description the day it completed the track; today when left out
       */
      trainedOn?: string;
    };
    CourseResponse: {
      /** Format: uuid */
      courseId: string;
      /** @example 12AB */
      expertSchoolBrin: string;
      /** Format: date */
      givenOn: string;
      /** @enum {string} */
      kind: 'learning-track' | 'knowledge-sharing-session';
      /** @description BRINs of the schools that took part */
      participantBrins: string[];
      participantsCount: number;
      /** @example 2025-2026 */
      schoolYear: string;
      /** @enum {string} */
      sector: 'PO' | 'VO';
      title: string;
    };
    CriterionAssessmentDto: {
      /** @enum {string} */
      criterion:
        | 'basics-in-order'
        | 'above-average-results'
        | 'improvement-culture'
        | 'approach-rooted-in-research'
        | 'approach-described'
        | 'approach-implemented'
        | 'approach-positive-effect'
        | 'approach-fits-improvement-questions'
        | 'approach-valuable-elsewhere'
        | 'team-can-coach';
      /**
       * @description the evidence looked at, in words; kept in this service, never in an event
       * @example Inspectierapport 2023: basiskwaliteit op orde; eigen toetsanalyse drie jaar.
       */
      evidence: string;
      /**
       * @description the assessor's judgement
       * @enum {string}
       */
      judgement: 'meets' | 'partly-meets' | 'does-not-meet';
    };
    CriterionAssessmentResponse: {
      /** @enum {string} */
      criterion:
        | 'basics-in-order'
        | 'above-average-results'
        | 'improvement-culture'
        | 'approach-rooted-in-research'
        | 'approach-described'
        | 'approach-implemented'
        | 'approach-positive-effect'
        | 'approach-fits-improvement-questions'
        | 'approach-valuable-elsewhere'
        | 'team-can-coach';
      /** @description the evidence the assessor looked at, in words */
      evidence: string;
      /** @enum {string} */
      judgement: 'meets' | 'partly-meets' | 'does-not-meet';
    };
    DescribeImprovementQuestionRequestDto: {
      /**
       * @example [
       *       "P3.A"
       *     ]
       */
      pillarCodes: (
        | 'P1'
        | 'P1.A'
        | 'P1.B'
        | 'P1.C'
        | 'P2'
        | 'P2.A'
        | 'P2.B'
        | 'P2.C'
        | 'P2.D'
        | 'P3'
        | 'P3.A'
        | 'P3.B'
        | 'P3.C'
        | 'P4'
        | 'P4.A'
        | 'P4.B'
        | 'P4.C'
        | 'P5'
        | 'P5.A'
        | 'P5.B'
        | 'P5.C'
        | 'P6'
        | 'P6.A'
        | 'P6.B'
        | 'P6.C'
        | 'P6.D'
        | 'P7'
        | 'P7.A'
        | 'P7.B'
        | 'P7.C'
        | 'P7.D'
      )[];
      /**
       * @description themes in the coordinators’ words
       * @example [
       *       "leesmotivatie"
       *     ]
       */
      themes: string[];
    };
    DevelopmentSchoolPageResponse: {
      items: components['schemas']['DevelopmentSchoolResponse'][];
      page: number;
      pageSize: number;
      total: number;
    };
    DevelopmentSchoolResponse: {
      /** @example 34CD */
      brin: string;
      /** Format: date-time */
      changedAt: string;
      /**
       * Format: uuid
       * @description the participation the help desk enrolled it under
       */
      developmentSchoolId: string;
      /** Format: date */
      enrolledOn: string;
      equalAccess: components['schemas']['EqualAccessResponse'];
      hub?: components['schemas']['HubMembershipResponse'];
      improvementQuestion?: components['schemas']['ImprovementQuestionResponse'];
      /** @example 2025-2026 */
      schoolYear: string;
      /** @enum {string} */
      sector: 'PO' | 'VO';
      version: number;
      /** Format: date */
      withdrawnOn?: string;
    };
    DropOutAspirantRequestDto: {
      /**
       * Format: date
       * @description the day the aspirant dropped out; today when left out
       */
      droppedOutOn?: string;
      /** @description the reason in words, for the coordinators; never in an event */
      notes?: string;
      /**
       * @description why; the event carries it
       * @enum {string}
       */
      reasonCode:
        | 'approach-not-transferable'
        | 'team-capacity'
        | 'leadership-change'
        | 'results-declined'
        | 'school-withdrew'
        | 'other';
    };
    DropOutResponse: {
      /** Format: date */
      droppedOutOn: string;
      notes?: string;
      /** @enum {string} */
      reasonCode:
        | 'approach-not-transferable'
        | 'team-capacity'
        | 'leadership-change'
        | 'results-declined'
        | 'school-withdrew'
        | 'other';
    };
    EqualAccessResponse: {
      smallRegional: boolean;
      specialisedEducation: boolean;
      specialTargetGroups: boolean;
      weakPerforming: boolean;
    };
    ExpertSchoolResponse: {
      approach: components['schemas']['ApproachResponse'];
      /**
       * Format: uuid
       * @description the aspirant it was certified as
       */
      aspirantId: string;
      /** @example 12AB */
      brin: string;
      /** Format: date */
      certifiedOn: string;
      /** @enum {string} */
      region?:
        | 'Drenthe'
        | 'Flevoland'
        | 'Friesland'
        | 'Gelderland'
        | 'Groningen'
        | 'Limburg'
        | 'Noord-Brabant'
        | 'Noord-Holland'
        | 'Overijssel'
        | 'Utrecht'
        | 'Zeeland'
        | 'Zuid-Holland';
      /** @enum {string} */
      sector: 'PO' | 'VO';
      /**
       * @description the school year of its training year
       * @example 2023-2024
       */
      trainedIn: string;
    };
    FieldProblemSchema: {
      /**
       * @description dotted path of the field; `(body)` for the body
       * @example address.postcode
       */
      field: string;
      /**
       * @example [
       *       "postcode must look like 1234 AB"
       *     ]
       */
      messages: string[];
    };
    FormRegionalNetworkRequestDto: {
      /**
       * @description the expert schools the members work at
       * @example [
       *       "12AB"
       *     ]
       */
      expertSchoolBrins: string[];
      expertSchoolLeaderCount: number;
      expertTeacherCount: number;
      /**
       * Format: date
       * @description the day it was formed; today when left out
       */
      formedOn?: string;
      /** @enum {string} */
      region:
        | 'Drenthe'
        | 'Flevoland'
        | 'Friesland'
        | 'Gelderland'
        | 'Groningen'
        | 'Limburg'
        | 'Noord-Brabant'
        | 'Noord-Holland'
        | 'Overijssel'
        | 'Utrecht'
        | 'Zeeland'
        | 'Zuid-Holland';
      /** @example Expertnetwerk Oost-Nederland */
      title: string;
    };
    GiveCourseRequestDto: {
      /**
       * @description the expert school that gave it
       * @example 12AB
       */
      expertSchoolBrin: string;
      /**
       * Format: date
       * @description the day it was given (its last session); today when left out
       */
      givenOn?: string;
      /**
       * @description a learning track, or the yearly knowledge-sharing session
       * @enum {string}
       */
      kind: 'learning-track' | 'knowledge-sharing-session';
      /**
       * @description BRINs of the schools that took part
       * @example [
       *       "34CD",
       *       "56EF"
       *     ]
       */
      participantBrins: string[];
      /**
       * @description the sector it was given for
       * @enum {string}
       */
      sector: 'PO' | 'VO';
      /** @example Leesmotivatie in de middenbouw */
      title: string;
    };
    GroupFiguresResponse: {
      mean: number | null;
      /** @description schools with data for at least two of the three years */
      schools: number;
      /** @description population standard deviation */
      standardDeviation: number | null;
      /** @description mean + standard deviation */
      threshold: number | null;
    };
    GroupResponse: {
      havoVwoShare: components['schemas']['GroupFiguresResponse'];
      meanTestScore: components['schemas']['GroupFiguresResponse'];
    };
    HubExpertSchoolResponse: {
      /** @enum {string} */
      approachOrigin: 'lab-intervention' | 'improvement-culture' | 'proven-approach';
      /** Format: uuid */
      aspirantId: string;
      /** @example 12AB */
      brin: string;
      /** Format: uuid */
      labInterventionId?: string;
      pillarCodes: (
        | 'P1'
        | 'P1.A'
        | 'P1.B'
        | 'P1.C'
        | 'P2'
        | 'P2.A'
        | 'P2.B'
        | 'P2.C'
        | 'P2.D'
        | 'P3'
        | 'P3.A'
        | 'P3.B'
        | 'P3.C'
        | 'P4'
        | 'P4.A'
        | 'P4.B'
        | 'P4.C'
        | 'P5'
        | 'P5.A'
        | 'P5.B'
        | 'P5.C'
        | 'P6'
        | 'P6.A'
        | 'P6.B'
        | 'P6.C'
        | 'P6.D'
        | 'P7'
        | 'P7.A'
        | 'P7.B'
        | 'P7.C'
        | 'P7.D'
      )[];
      /** @enum {string} */
      region?:
        | 'Drenthe'
        | 'Flevoland'
        | 'Friesland'
        | 'Gelderland'
        | 'Groningen'
        | 'Limburg'
        | 'Noord-Brabant'
        | 'Noord-Holland'
        | 'Overijssel'
        | 'Utrecht'
        | 'Zeeland'
        | 'Zuid-Holland';
      /** @enum {string} */
      sector: 'PO' | 'VO';
    };
    HubMemberResponse: {
      /** @example 34CD */
      brin: string;
      /** Format: uuid */
      developmentSchoolId: string;
      /** Format: date */
      joinedOn: string;
      /** @enum {string} */
      sector: 'PO' | 'VO';
      training?: components['schemas']['TrainingResponse'];
    };
    HubMembershipResponse: {
      /** @example 12AB */
      expertSchoolBrin: string;
      /** Format: uuid */
      hubId: string;
      /** Format: date */
      joinedOn: string;
      /**
       * Format: date
       * @description the day it completed the learning track
       */
      trainedOn?: string;
    };
    HubResponse: {
      /** Format: date-time */
      changedAt: string;
      expertSchool: components['schemas']['HubExpertSchoolResponse'];
      /**
       * Format: date
       * @description the day the fourth development school joined
       */
      formedOn?: string;
      /** Format: uuid */
      hubId: string;
      members: components['schemas']['HubMemberResponse'][];
      /** Format: date */
      openedOn: string;
      /** @description development schools it can still take */
      places: number;
      /** @example 2025-2026 */
      schoolYear: string;
      /** @enum {string} */
      status: 'forming' | 'formed';
      version: number;
    };
    ImportReportResponse: {
      /** @description rows imported */
      accepted: number;
      /** Format: date */
      importedOn: string;
      /** Format: uuid */
      importId: string;
      rejected: components['schemas']['RejectedRowResponse'][];
      /** @description rows refused, each in rejected with its problems */
      rejectedCount: number;
    };
    ImportYearlyResultsRequestDto: {
      /**
       * @description the CSV file as text: a header naming brin, schoolYear, schoolGroup, meanTestScore, havoVwoShare (any order, comma- or semicolon-separated), then one row per school and year
       * @example brin,schoolYear,schoolGroup,meanTestScore,havoVwoShare
       *     12AB,2023-2024,5,535.2,41
       *     34CD,2023-2024,5,528,
       */
      csv: string;
    };
    ImprovementQuestionResponse: {
      pillarCodes: (
        | 'P1'
        | 'P1.A'
        | 'P1.B'
        | 'P1.C'
        | 'P2'
        | 'P2.A'
        | 'P2.B'
        | 'P2.C'
        | 'P2.D'
        | 'P3'
        | 'P3.A'
        | 'P3.B'
        | 'P3.C'
        | 'P4'
        | 'P4.A'
        | 'P4.B'
        | 'P4.C'
        | 'P5'
        | 'P5.A'
        | 'P5.B'
        | 'P5.C'
        | 'P6'
        | 'P6.A'
        | 'P6.B'
        | 'P6.C'
        | 'P6.D'
        | 'P7'
        | 'P7.A'
        | 'P7.B'
        | 'P7.C'
        | 'P7.D'
      )[];
      themes: string[];
    };
    JoinHubRequestDto: {
      /** Format: uuid */
      developmentSchoolId: string;
      /**
       * Format: date
       * @description the day it joined; today (Dutch time) when left out
       */
      joinedOn?: string;
    };
    MatchReasonResponse: {
      /** @description what matched: codes, themes, the sector or region */
      about: string[];
      /** @enum {string} */
      code:
        | 'same-pillar-code'
        | 'same-pillar'
        | 'same-theme'
        | 'same-sector'
        | 'other-sector'
        | 'same-region'
        | 'hub-full';
      /** @description what the reason adds to the score */
      points: number;
    };
    MatchResponse: {
      /** @example 12AB */
      brin: string;
      /** @description false when its hub of the school year has six development schools */
      hasRoom: boolean;
      rank: number;
      reasons: components['schemas']['MatchReasonResponse'][];
      score: number;
    };
    OpenHubRequestDto: {
      /**
       * @description the certified expert school at the centre of the hub
       * @example 12AB
       */
      expertSchoolBrin: string;
      /**
       * Format: date
       * @description the day the hub opened; today (Dutch time) when left out
       */
      openedOn?: string;
      /**
       * @description the school year its development schools follow the track
       * @example 2025-2026
       */
      schoolYear: string;
    };
    ProblemDetails: {
      /**
       * @description the stable error code
       * @example REQUEST.VALIDATION_FAILED
       */
      code: string;
      /** @description the correlation id of the request, to quote when reporting it */
      correlationId?: string;
      /** @example Invalid fields: brin */
      detail?: string;
      /** @description facts a domain error carries, for a client to act on */
      details?: {
        [key: string]: unknown;
      };
      /** @description the failing fields of a refused request (400 REQUEST.VALIDATION_FAILED) */
      errors?: components['schemas']['FieldProblemSchema'][];
      /**
       * @description the path of the request
       * @example /schools
       */
      instance?: string;
      /** @example 400 */
      status: number;
      /** @example The request is invalid */
      title: string;
      /** @example urn:okr:problem:request.validation_failed */
      type: string;
    };
    QualityReviewResponse: {
      /** @example 12AB */
      brin: string;
      /** @description the reasons in words */
      reasons: string[];
      /** Format: date */
      reviewedOn: string;
      /** Format: uuid */
      reviewId: string;
      /** @example 2025-2026 */
      schoolYear: string;
      sustainablyHighQuality: boolean;
    };
    RegionalNetworkResponse: {
      expertSchoolBrins: string[];
      expertSchoolLeaderCount: number;
      expertTeacherCount: number;
      /** Format: date */
      formedOn: string;
      /** @description expert teachers and expert school leaders together */
      memberCount: number;
      /** Format: uuid */
      networkId: string;
      /** @enum {string} */
      region:
        | 'Drenthe'
        | 'Flevoland'
        | 'Friesland'
        | 'Gelderland'
        | 'Groningen'
        | 'Limburg'
        | 'Noord-Brabant'
        | 'Noord-Holland'
        | 'Overijssel'
        | 'Utrecht'
        | 'Zeeland'
        | 'Zuid-Holland';
      title: string;
    };
    RejectedRowResponse: {
      /** @description the line in the file; the header is line 1 */
      line: number;
      problems: components['schemas']['RowProblemResponse'][];
    };
    ReviewQualityRequestDto: {
      /** @description the reasons in words; kept here, never in an event */
      reasons: string[];
      /**
       * Format: date
       * @description the day of the review; today when left out
       */
      reviewedOn?: string;
      /**
       * @description the school year reviewed; one review per year
       * @example 2025-2026
       */
      schoolYear: string;
      /** @description does the expert school offer sustainably high quality of education */
      sustainablyHighQuality: boolean;
    };
    RowProblemResponse: {
      /** @enum {string} */
      field: 'brin' | 'schoolYear' | 'schoolGroup' | 'meanTestScore' | 'havoVwoShare' | 'row';
      message: string;
    };
    SchoolFiguresResponse: {
      average: number | null;
      /** @enum {string} */
      notBecause?: 'too-few-years' | 'not-above-threshold' | 'unstable';
      qualifies: boolean;
      /** @description the value per school year */
      values: {
        [key: string]: number;
      };
      yearsBelowGroupMean: number;
      yearsWithData: number;
    };
    SchoolMeasuresResponse: {
      havoVwoShare: components['schemas']['SchoolFiguresResponse'];
      meanTestScore: components['schemas']['SchoolFiguresResponse'];
    };
    SelectAspirantRequestDto: {
      approach: components['schemas']['ApproachDto'];
      /** @enum {string} */
      schoolType: 'bao' | 'sbo' | 'so' | 'vso' | 'vmbo' | 'havo-vwo' | 'brede-scholengemeenschap';
      /**
       * Format: date
       * @description the day of the selection; today (Dutch time) when left out
       */
      selectedOn?: string;
    };
    SelectionResponse: {
      approach: components['schemas']['ApproachResponse'];
      /** @enum {string} */
      region?:
        | 'Drenthe'
        | 'Flevoland'
        | 'Friesland'
        | 'Gelderland'
        | 'Groningen'
        | 'Limburg'
        | 'Noord-Brabant'
        | 'Noord-Holland'
        | 'Overijssel'
        | 'Utrecht'
        | 'Zeeland'
        | 'Zuid-Holland';
      /** @enum {string} */
      schoolType: 'bao' | 'sbo' | 'so' | 'vso' | 'vmbo' | 'havo-vwo' | 'brede-scholengemeenschap';
      /** Format: date */
      selectedOn: string;
    };
    SetExpertTeamRequestDto: {
      /** @description the whole team; replaces the one recorded */
      members: components['schemas']['TeamMemberDto'][];
    };
    TeamMemberDto: {
      /**
       * @description kept in this service, never in an event
       * @example Fatima el Amrani
       */
      name: string;
      /** @enum {string} */
      role: 'teacher' | 'school-leader' | 'internal-coach';
    };
    TeamMemberResponse: {
      name: string;
      /** @enum {string} */
      role: 'teacher' | 'school-leader' | 'internal-coach';
    };
    TrainingResponse: {
      confidenceAfter: number;
      confidenceBefore: number;
      /** Format: date */
      trainedOn: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ListAspirantsHttpController_list: {
    parameters: {
      query?: {
        brin?: string;
        page?: number;
        pageSize?: number;
        /** @description the cohort */
        schoolYear?: string;
        status?: 'enrolled' | 'selected' | 'certified' | 'dropped-out' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AspirantPageResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  GetAspirantHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AspirantResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AssessAspirantHttpController_assess: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssessAspirantRequestDto'];
      };
    };
    responses: {
      /** @description The aspirant with its assessment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AspirantResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.INVALID_TRANSITION: selected or further already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.ASSESSMENT_INCOMPLETE: a criterion missing or twice; DAY.OUT_OF_ORDER */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  CertifyAspirantHttpController_certify: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CertifyAspirantRequestDto'];
      };
    };
    responses: {
      /** @description The aspirant, now an expert school */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AspirantResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.INVALID_TRANSITION: not selected, or certified or dropped out */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.TEAM_INCOMPLETE: no teacher or no school leader; DAY.OUT_OF_ORDER */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  DropOutAspirantHttpController_dropOut: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DropOutAspirantRequestDto'];
      };
    };
    responses: {
      /** @description The aspirant, now dropped out */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AspirantResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.INVALID_TRANSITION: not selected, or certified or dropped out */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DAY.OUT_OF_ORDER: before the selection */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  SelectAspirantHttpController_select: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SelectAspirantRequestDto'];
      };
    };
    responses: {
      /** @description The aspirant, now selected */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AspirantResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.INVALID_TRANSITION; ASPIRANT.NOT_ASSESSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.CRITERIA_NOT_MET: a criterion judged other than meets; ASPIRANT.LAB_INTERVENTION_MISMATCH; DAY.OUT_OF_ORDER */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  SetExpertTeamHttpController_setTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetExpertTeamRequestDto'];
      };
    };
    responses: {
      /** @description The aspirant with its team */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AspirantResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ASPIRANT.INVALID_TRANSITION: dropped out or withdrawn */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The request is well-formed but breaks a rule of the programme; see `code` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  FindCandidatesHttpController_find: {
    parameters: {
      query: {
        /** @description the last of the three school years looked at */
        lastSchoolYear: string;
        /** @description the school group to look within */
        schoolGroup: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidatesResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  GetCohortHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        schoolYear: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description What the path names does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ListCoursesHttpController_list: {
    parameters: {
      query?: {
        expertSchoolBrin?: string;
        schoolYear?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseResponse'][];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  GiveCourseHttpController_give: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GiveCourseRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description EXPERT_SCHOOL.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description COURSE.SESSION_ALREADY_GIVEN: one knowledge-sharing session per school year */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description COURSE.PARTICIPANT_IS_HOST; DAY.OUT_OF_ORDER: before certification */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ListDevelopmentSchoolsHttpController_list: {
    parameters: {
      query?: {
        brin?: string;
        page?: number;
        pageSize?: number;
        schoolYear?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevelopmentSchoolPageResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  GetDevelopmentSchoolHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevelopmentSchoolResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEVELOPMENT_SCHOOL.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  DescribeImprovementQuestionHttpController_describe: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DescribeImprovementQuestionRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevelopmentSchoolResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEVELOPMENT_SCHOOL.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEVELOPMENT_SCHOOL.WITHDRAWN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The request is well-formed but breaks a rule of the programme; see `code` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MatchExpertSchoolsHttpController_match: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResponse'][];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEVELOPMENT_SCHOOL.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEVELOPMENT_SCHOOL.NO_IMPROVEMENT_QUESTION; DEVELOPMENT_SCHOOL.WITHDRAWN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ListExpertSchoolsHttpController_list: {
    parameters: {
      query?: {
        region?:
          | 'Drenthe'
          | 'Flevoland'
          | 'Friesland'
          | 'Gelderland'
          | 'Groningen'
          | 'Limburg'
          | 'Noord-Brabant'
          | 'Noord-Holland'
          | 'Overijssel'
          | 'Utrecht'
          | 'Zeeland'
          | 'Zuid-Holland';
        sector?: 'PO' | 'VO';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpertSchoolResponse'][];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ListQualityReviewsHttpController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        brin: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QualityReviewResponse'][];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description What the path names does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ReviewQualityHttpController_review: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path: {
        brin: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewQualityRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QualityReviewResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description EXPERT_SCHOOL.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description QUALITY_REVIEW.ALREADY_REVIEWED: one review per school year */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DAY.OUT_OF_ORDER: before the certification */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example ok */
            status?: string;
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example error */
            status?: string;
          };
        };
      };
    };
  };
  ListHubsHttpController_list: {
    parameters: {
      query?: {
        expertSchoolBrin?: string;
        schoolYear?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HubResponse'][];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  OpenHubHttpController_open: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenHubRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HubResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description EXPERT_SCHOOL.NOT_FOUND: the school is no certified expert school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description HUB.ALREADY_EXISTS: one hub per expert school and school year */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DAY.OUT_OF_ORDER: before the certification */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  GetHubHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HubResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description HUB.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  JoinHubHttpController_join: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JoinHubRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HubResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description HUB.NOT_FOUND; DEVELOPMENT_SCHOOL.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description HUB.FULL: six development schools; HUB.ALREADY_MEMBER; DEVELOPMENT_SCHOOL.ALREADY_IN_HUB; DEVELOPMENT_SCHOOL.WITHDRAWN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description HUB.SCHOOL_YEAR_MISMATCH; DAY.OUT_OF_ORDER */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  CompleteLearningTrackHttpController_complete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path: {
        developmentSchoolId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteLearningTrackRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HubResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description HUB.NOT_FOUND; HUB.NOT_A_MEMBER */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description HUB.FORMING: fewer than four schools; HUB.ALREADY_TRAINED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DAY.OUT_OF_ORDER: before it joined */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  MetricsController_scrape: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus's text exposition format */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: metrics, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ListRegionalNetworksHttpController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionalNetworkResponse'][];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin, helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  FormRegionalNetworkHttpController_form: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FormRegionalNetworkRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionalNetworkResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description EXPERT_SCHOOL.NOT_FOUND: a listed school is no expert school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description NETWORK.ALREADY_FORMED: the region has its network */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description NETWORK.NO_MEMBERS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ImportYearlyResultsHttpController_import: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportYearlyResultsRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReportResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a path or query parameter breaks a rule; `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The token has none of the roles: pillar-team:expert-schools, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Something the request names does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description IDEMPOTENCY.IN_PROGRESS: a request with this Idempotency-Key is still running; retry */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: the body is larger than 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: the body is not application/json in UTF-8, or is compressed */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description RESULTS.UNREADABLE: not CSV; RESULTS.MISSING_COLUMNS; RESULTS.TOO_MANY_ROWS; RESULTS.NO_VALID_ROWS (details.rejected lists every line) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description DEPENDENCY.UNAVAILABLE: a store the service needs is away; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
}
