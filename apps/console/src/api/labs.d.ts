// Generated from the labs service's OpenAPI document by `npm run console:clients`; do not edit.
export interface paths {
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
  '/labs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every lab, earliest started first, each against its plan as of today */
    get: operations['ListLabsHttpController_list'];
    put?: never;
    /** Start a lab in its pilot phase; publishes LabStarted and LabPhaseEntered */
    post: operations['StartLabHttpController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A lab: its phases against their plan as of today ("behind plan"), and its partners */
    get: operations['GetLabHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/{id}/five-d': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The lab's 5D view: its sub-projects per phase and how long each has been there */
    get: operations['GetFiveDViewHttpController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/{id}/lab-days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A lab's lab days with the schools that attended, earliest first */
    get: operations['ListLabDaysHttpController_list'];
    put?: never;
    /** Record a lab day and the lab schools that attended; publishes LabDayHeld */
    post: operations['HoldLabDayHttpController_hold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/{id}/partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A teacher-training institute or other partner joins the lab; an institute publishes TeacherTrainingInstituteJoined */
    post: operations['JoinPartnerHttpController_join'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/{id}/partners/{partnerId}/departure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A partner leaves the lab; an institute publishes TeacherTrainingInstituteLeft */
    post: operations['LeavePartnerHttpController_leave'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/{id}/phase-transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lab enters its next phase; publishes LabPhaseEntered */
    post: operations['EnterLabPhaseHttpController_enter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/{id}/pilots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A lab's pilots, earliest planned first */
    get: operations['ListLabPilotsHttpController_list'];
    put?: never;
    /** Plan a pilot of a designed intervention at lab schools (no event until it runs) */
    post: operations['PlanPilotHttpController_plan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/{id}/schools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A lab's roster: co-creating and participating schools per school year, from the help desk and the lab team */
    get: operations['ListLabSchoolsHttpController_list'];
    put?: never;
    /** The lab team puts a school on the lab's roster directly, for a school year; publishes LabSchoolJoined */
    post: operations['RecordLabSchoolHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/{id}/schools/{brin}/departure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lab team takes a school off the lab's roster; publishes LabSchoolLeft per school year */
    post: operations['RemoveLabSchoolHttpController_remove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/{id}/sub-projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A lab's sub-projects, earliest started first */
    get: operations['ListLabSubProjectsHttpController_list'];
    put?: never;
    /** Start a sub-project of the lab in any 5D phase; publishes SubProjectStarted */
    post: operations['StartSubProjectHttpController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/{id}/thematic-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A lab's thematic reports, earliest published first */
    get: operations['ListThematicReportsHttpController_list'];
    put?: never;
    /** The lab publishes a thematic report on its diagnoses and studied interventions; publishes ThematicReportPublished */
    post: operations['PublishThematicReportHttpController_publish'];
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
  '/pilots/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A pilot and where it stands */
    get: operations['GetPilotHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pilots/{id}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete the pilot (after its field experiment, or after a no-go) with a result; publishes PilotCompleted */
    post: operations['CompletePilotHttpController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pilots/{id}/field-experiment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** After a go, the field experiment starts; publishes PilotFieldExperimentStarted */
    post: operations['StartFieldExperimentHttpController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pilots/{id}/go-no-go': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Go or no-go for a field experiment, with reasons; publishes PilotGoNoGoDecided */
    post: operations['DecideGoNoGoHttpController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pilots/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The planned pilot starts running; publishes PilotStarted */
    post: operations['StartPilotHttpController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sub-projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A sub-project: its 5D phase, the way it came, and what each phase delivered */
    get: operations['GetSubProjectHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sub-projects/{id}/conclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Conclude a sub-project from Decide: scale up or stop; publishes SubProjectDecided */
    post: operations['ConcludeSubProjectHttpController_conclude'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sub-projects/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a sub-project to another 5D phase with the deliverable of the phase it leaves; publishes SubProjectPhaseEntered and DiagnosisDelivered, InterventionDesigned, StudyCompleted or SubProjectDecided */
    post: operations['MoveSubProjectHttpController_move'];
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
    AdjustDecisionDto: {
      /**
       * @description going back from Decide is the decision to adjust
       * @enum {string}
       */
      decision: 'adjust';
      /** @description what was found or decided, in words; kept in this service, never in an event */
      summary: string;
    };
    CompletePilotRequestDto: {
      /**
       * Format: date
       * @description the day it completed; today (Dutch time) when left out
       */
      completedOn?: string;
      /**
       * @description the effect on pupil results as a standardised effect size, where measured
       * @example 0.2
       */
      pupilResultsEffectSize?: number;
      /**
       * @description effective needs a positive effect on pupil results
       * @enum {string}
       */
      result: 'effective' | 'not-effective' | 'inconclusive';
    };
    ConcludedSubProjectResponse: {
      /** Format: date */
      concludedOn: string;
      /** @enum {string} */
      decision: 'scale-up' | 'adjust' | 'stop';
      /** Format: uuid */
      subProjectId: string;
      title: string;
    };
    ConcludeSubProjectRequestDto: {
      /**
       * Format: date
       * @description the day of the decision; today (Dutch time) when left out
       */
      concludedOn?: string;
      /** @enum {string} */
      decision: 'scale-up' | 'stop';
      /** @description why it did or did not work, and what next; kept in this service */
      summary: string;
    };
    ConclusionResponse: {
      /** Format: date */
      concludedOn: string;
      /** @enum {string} */
      decision: 'scale-up' | 'adjust' | 'stop';
    };
    DecideGoNoGoRequestDto: {
      /**
       * Format: date
       * @description the day of the decision; today (Dutch time) when left out
       */
      decidedOn?: string;
      /**
       * @description go: on to a field experiment
       * @enum {string}
       */
      decision: 'go' | 'no-go';
      /** @description the reasons in words, for the lab team; never in the event */
      explanation?: string;
      /** @description why; at least one */
      reasonCodes: (
        | 'promising-results'
        | 'feasible-in-schools'
        | 'schools-committed'
        | 'insufficient-effect'
        | 'not-feasible-in-schools'
        | 'too-few-schools'
        | 'needs-redesign'
        | 'no-funding'
      )[];
    };
    DeliverableResponse: {
      /**
       * @description a decision
       * @enum {string}
       */
      decision?: 'scale-up' | 'adjust' | 'stop';
      /** Format: date */
      deliveredOn: string;
      /**
       * Format: uuid
       * @description a diagnosis
       */
      diagnosisId?: string;
      /**
       * Format: uuid
       * @description an intervention, or the intervention a study is of
       */
      interventionId?: string;
      /** @enum {string} */
      kind: 'signal' | 'diagnosis' | 'intervention' | 'study' | 'decision';
      /**
       * @description a study
       * @enum {string}
       */
      outcome?: 'effective' | 'not-effective' | 'inconclusive';
      /**
       * @description the phase that delivered it
       * @enum {string}
       */
      phase: 'detect' | 'diagnose' | 'design' | 'determine' | 'decide';
      /** @description an intervention */
      sectors?: ('PO' | 'VO')[];
      /**
       * Format: uuid
       * @description a study
       */
      studyId?: string;
      /**
       * @description a study
       * @enum {string}
       */
      studyKind?: 'implementation' | 'effect';
      summary: string;
      /** @description a diagnosis or an intervention */
      themes?: (
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
      /** @description an intervention */
      title?: string;
    };
    DiagnosisDto: {
      /** @description what was found or decided, in words; kept in this service, never in an event */
      summary: string;
      themes?: (
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
    };
    EnterLabPhaseRequestDto: {
      /**
       * Format: date
       * @description the day the lab entered it; today (Dutch time) when left out
       */
      enteredOn?: string;
      /**
       * @description the next phase: design after pilot, impact-evaluation after design
       * @enum {string}
       */
      phase: 'pilot' | 'design' | 'impact-evaluation';
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
    FiveDPhaseResponse: {
      /** @enum {string} */
      phase: 'detect' | 'diagnose' | 'design' | 'determine' | 'decide';
      /** @description longest in the phase first */
      subProjects: components['schemas']['FiveDSubProjectResponse'][];
    };
    FiveDSubProjectResponse: {
      /** @description days since it entered the phase */
      daysInPhase: number;
      /** Format: date */
      enteredOn: string;
      /** Format: uuid */
      subProjectId: string;
      title: string;
    };
    FiveDViewResponse: {
      /**
       * Format: date
       * @description the day the days in phase are counted to
       */
      asOf: string;
      concluded: components['schemas']['ConcludedSubProjectResponse'][];
      /** Format: uuid */
      labId: string;
      phases: components['schemas']['FiveDPhaseResponse'][];
    };
    GoNoGoResponse: {
      /** Format: date */
      decidedOn: string;
      /** @enum {string} */
      decision: 'go' | 'no-go';
      /** @description the reasons in words, for the lab team */
      explanation?: string;
      reasonCodes: (
        | 'promising-results'
        | 'feasible-in-schools'
        | 'schools-committed'
        | 'insufficient-effect'
        | 'not-feasible-in-schools'
        | 'too-few-schools'
        | 'needs-redesign'
        | 'no-funding'
      )[];
    };
    HoldLabDayRequestDto: {
      /**
       * @description the lab schools that attended
       * @example [
       *       "12AB",
       *       "34CD"
       *     ]
       */
      brins: string[];
      /**
       * Format: date
       * @description the day it was held; today (Dutch time) when left out
       */
      heldOn?: string;
      /** @example Leesplezier in de bovenbouw */
      topic: string;
    };
    InterventionDto: {
      /** @description for whom: PO, VO or both */
      sectors: ('PO' | 'VO')[];
      /** @description what was found or decided, in words; kept in this service, never in an event */
      summary: string;
      themes?: (
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
      /** @example Zomerschool lezen */
      title: string;
    };
    JoinPartnerRequestDto: {
      /**
       * Format: date
       * @description the day it joined; today (Dutch time) when left out
       */
      joinedOn?: string;
      /**
       * @description teacher-training institutes count towards a KPI
       * @enum {string}
       */
      kind: 'teacher-training-institute' | 'research-institute' | 'municipality' | 'foundation' | 'other';
      /**
       * @description the organisation's name; the same name (case and spacing aside) is the same partner in every lab
       * @example Hogeschool Utrecht
       */
      name: string;
    };
    LabDayResponse: {
      /**
       * @example [
       *       "12AB",
       *       "34CD"
       *     ]
       */
      brins: string[];
      /** Format: date */
      heldOn: string;
      /** Format: uuid */
      labDayId: string;
      /** Format: uuid */
      labId: string;
      topic: string;
    };
    LabPageResponse: {
      items: components['schemas']['LabResponse'][];
      page: number;
      pageSize: number;
      total: number;
    };
    LabPhaseResponse: {
      /**
       * Format: date
       * @description the day the lab entered the next phase
       */
      endedOn?: string;
      /** @description days the phase ran, or runs, past its planned end */
      overrunDays: number;
      /** @enum {string} */
      phase: 'pilot' | 'design' | 'impact-evaluation';
      /** Format: date */
      plannedEndOn: string;
      /** Format: date */
      plannedStartOn: string;
      /** @description days the phase started after its planned start */
      startedLateByDays: number;
      /**
       * Format: date
       * @description the day the lab entered the phase
       */
      startedOn?: string;
      /** @enum {string} */
      status: 'done' | 'current' | 'upcoming';
    };
    LabResponse: {
      /** @description the current phase started later than planned, or runs past its planned end */
      behindPlan: boolean;
      /** @example taallab */
      code: string;
      /** @enum {string} */
      currentPhase: 'pilot' | 'design' | 'impact-evaluation';
      /** @description by how many days (0 when on plan) */
      daysBehind: number;
      /** Format: uuid */
      labId: string;
      /** @example TaalLab */
      name: string;
      partners: components['schemas']['PartnerResponse'][];
      phases: components['schemas']['LabPhaseResponse'][];
      /** Format: date */
      startedOn: string;
      /** @example taalachterstanden en effectief leesonderwijs */
      theme: string;
      /** @description version of the lab, for audit and concurrency */
      version: number;
    };
    LabRosterResponse: {
      items: components['schemas']['LabSchoolResponse'][];
      /** Format: uuid */
      labId: string;
      page: number;
      pageSize: number;
      total: number;
    };
    LabSchoolResponse: {
      /** @example 12AB */
      brin: string;
      /** @description on the roster now: joined and not left */
      current: boolean;
      /** Format: date */
      joinedOn: string;
      /** Format: date */
      leftOn?: string;
      /**
       * @description who took the school off the roster
       * @enum {string}
       */
      leftThrough?: 'enrolment' | 'lab-team';
      /**
       * Format: uuid
       * @description the enrolment's participation, when through the help desk
       */
      participationId?: string;
      /** @enum {string} */
      role: 'co-creating' | 'participating';
      /** @example 2025-2026 */
      schoolYear: string;
      /** @enum {string} */
      sector: 'PO' | 'VO';
      /**
       * @description the help desk's enrolment or the lab team
       * @enum {string}
       */
      source: 'enrolment' | 'lab-team';
    };
    LeavePartnerRequestDto: {
      /**
       * Format: date
       * @description the day it left; today (Dutch time) when left out
       */
      leftOn?: string;
    };
    MoveSubProjectRequestDto: {
      /** @description leaving Decide for an earlier phase */
      decision?: components['schemas']['AdjustDecisionDto'];
      /** @description leaving Diagnose: who has it, which causes */
      diagnosis?: components['schemas']['DiagnosisDto'];
      /** @description leaving Design: the intervention, for whom */
      intervention?: components['schemas']['InterventionDto'];
      /**
       * Format: date
       * @description the day of the transition; today (Dutch time) when left out
       */
      on?: string;
      /** @description leaving Detect: the problem shown to exist */
      signal?: components['schemas']['SignalDto'];
      /** @description leaving Determine: did it work, for whom */
      study?: components['schemas']['StudyDto'];
      /** @enum {string} */
      to: 'detect' | 'diagnose' | 'design' | 'determine' | 'decide';
    };
    PartnerResponse: {
      /** Format: date */
      joinedOn: string;
      /** @enum {string} */
      kind: 'teacher-training-institute' | 'research-institute' | 'municipality' | 'foundation' | 'other';
      /** Format: date */
      leftOn?: string;
      /** @example Hogeschool Utrecht */
      name: string;
      /**
       * Format: uuid
       * @description the same for the same organisation in every lab
       */
      partnerId: string;
    };
    PhaseVisitResponse: {
      /** Format: date */
      enteredOn: string;
      /** Format: date */
      leftOn?: string;
      /** @enum {string} */
      phase: 'detect' | 'diagnose' | 'design' | 'determine' | 'decide';
    };
    PilotCompletionResponse: {
      /** Format: date */
      completedOn: string;
      /** @description the effect on pupil results (standardised effect size), where measured */
      pupilResultsEffectSize?: number;
      /** @enum {string} */
      result: 'effective' | 'not-effective' | 'inconclusive';
    };
    PilotResponse: {
      /**
       * @example [
       *       "12AB",
       *       "34CD"
       *     ]
       */
      brins: string[];
      completion?: components['schemas']['PilotCompletionResponse'];
      /** Format: date */
      fieldExperimentStartedOn?: string;
      goNoGo?: components['schemas']['GoNoGoResponse'];
      /** Format: uuid */
      interventionId: string;
      /** Format: uuid */
      labId: string;
      /** Format: uuid */
      pilotId: string;
      /** Format: date */
      plannedStartOn: string;
      sectors: ('PO' | 'VO')[];
      /** Format: date */
      startedOn?: string;
      /** @enum {string} */
      status: 'planned' | 'running' | 'go' | 'no-go' | 'field-experiment' | 'completed';
      /** Format: uuid */
      subProjectId: string;
      themes: (
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
      title: string;
      version: number;
    };
    PlanPilotRequestDto: {
      /**
       * @description lab schools on the lab's roster
       * @example [
       *       "12AB",
       *       "34CD"
       *     ]
       */
      brins: string[];
      /**
       * Format: uuid
       * @description the intervention to try
       */
      interventionId: string;
      /** Format: date */
      plannedStartOn: string;
      /**
       * Format: uuid
       * @description the sub-project that designed the intervention
       */
      subProjectId: string;
      /** @example Pilot pre-teaching groep 5 */
      title: string;
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
    PublishThematicReportRequestDto: {
      /** @description diagnoses of the lab's sub-projects it is about */
      diagnosisIds: string[];
      /** @description interventions of the lab's sub-projects it is about */
      interventionIds: string[];
      /**
       * Format: date
       * @description the day it was published; today (Dutch time) when left out
       */
      publishedOn?: string;
      themes?: (
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
      /** @example De zomerdip: diagnose en zomerschool */
      title: string;
    };
    RecordLabSchoolRequestDto: {
      /** @example 12AB */
      brin: string;
      /**
       * Format: date
       * @description the day it joined; today (Dutch time) when left out
       */
      joinedOn?: string;
      /** @enum {string} */
      role: 'co-creating' | 'participating';
      /**
       * @description the school year of the day it joined when left out
       * @example 2025-2026
       */
      schoolYear?: string;
      /** @enum {string} */
      sector: 'PO' | 'VO';
    };
    RemoveLabSchoolRequestDto: {
      /**
       * Format: date
       * @description the day it left; today (Dutch time) when left out
       */
      leftOn?: string;
      /**
       * @description only this school year; every current year when left out
       * @example 2025-2026
       */
      schoolYear?: string;
    };
    SignalDto: {
      /** @description what was found or decided, in words; kept in this service, never in an event */
      summary: string;
    };
    StartFieldExperimentRequestDto: {
      /**
       * Format: date
       * @description the day it started; today (Dutch time) when left out
       */
      startedOn?: string;
    };
    StartLabRequestDto: {
      /**
       * @description the lab's code: lower-case letters, digits and dashes; taallab and lerarenlab link the help desk's enrolments
       * @example taallab
       */
      code: string;
      /** @example TaalLab */
      name: string;
      /**
       * Format: date
       * @description the day the lab started; today (Dutch time) when left out
       */
      startedOn?: string;
      /** @example taalachterstanden en effectief leesonderwijs */
      theme: string;
    };
    StartPilotRequestDto: {
      /**
       * Format: date
       * @description the day it started running; today (Dutch time) when left out
       */
      startedOn?: string;
    };
    StartSubProjectRequestDto: {
      /**
       * @description the 5D phase it starts in: any, as its knowledge base allows
       * @enum {string}
       */
      phase: 'detect' | 'diagnose' | 'design' | 'determine' | 'decide';
      /**
       * Format: date
       * @description the day it started; today (Dutch time) when left out
       */
      startedOn?: string;
      /** @description the pillars of effective teaching it is about */
      themes?: (
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
      /** @example Zomerschool */
      title: string;
    };
    StudyDto: {
      /**
       * Format: uuid
       * @description the intervention studied; the sub-project's latest when left out
       */
      interventionId?: string;
      /** @enum {string} */
      kind: 'implementation' | 'effect';
      /** @enum {string} */
      outcome: 'effective' | 'not-effective' | 'inconclusive';
      /** @description what was found or decided, in words; kept in this service, never in an event */
      summary: string;
    };
    SubProjectResponse: {
      conclusion?: components['schemas']['ConclusionResponse'];
      deliverables: components['schemas']['DeliverableResponse'][];
      /** Format: uuid */
      labId: string;
      /** @enum {string} */
      phase: 'detect' | 'diagnose' | 'design' | 'determine' | 'decide';
      /**
       * Format: date
       * @description the day it entered the phase it is in
       */
      phaseEnteredOn: string;
      /** Format: date */
      startedOn: string;
      /** @enum {string} */
      status: 'active' | 'concluded';
      /** Format: uuid */
      subProjectId: string;
      themes: (
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
      /** @example Zomerschool */
      title: string;
      version: number;
      visits: components['schemas']['PhaseVisitResponse'][];
    };
    ThematicReportResponse: {
      diagnosisIds: string[];
      interventionIds: string[];
      /** Format: uuid */
      labId: string;
      /** Format: date */
      publishedOn: string;
      /** Format: uuid */
      reportId: string;
      themes: (
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
      title: string;
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
  ListLabsHttpController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
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
          'application/json': components['schemas']['LabPageResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, helpdesk, admin */
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
  StartLabHttpController_start: {
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
        'application/json': components['schemas']['StartLabRequestDto'];
      };
    };
    responses: {
      /** @description The lab, its phases planned */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LabResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
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
      /** @description LAB.ALREADY_STARTED: a lab with this code started already */
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
      /** @description IDEMPOTENCY.KEY_REUSED: this Idempotency-Key came with another request before */
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
  GetLabHttpController_get: {
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
          'application/json': components['schemas']['LabResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
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
  GetFiveDViewHttpController_view: {
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
          'application/json': components['schemas']['FiveDViewResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
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
  ListLabDaysHttpController_list: {
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
          'application/json': components['schemas']['LabDayResponse'][];
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
      /** @description The token has none of the roles: pillar-team:labs, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
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
  HoldLabDayHttpController_hold: {
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
        'application/json': components['schemas']['HoldLabDayRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LabDayResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
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
      /** @description LAB_DAY.SCHOOL_NOT_ON_ROSTER, LAB.DATE_OUT_OF_ORDER */
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
  JoinPartnerHttpController_join: {
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
        'application/json': components['schemas']['JoinPartnerRequestDto'];
      };
    };
    responses: {
      /** @description The lab with its partners */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LabResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.PARTNER_ALREADY_JOINED */
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
      /** @description LAB.DATE_OUT_OF_ORDER: joining again before it left */
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
  LeavePartnerHttpController_leave: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        partnerId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['LeavePartnerRequestDto'];
      };
    };
    responses: {
      /** @description The lab with its partners */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LabResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND, LAB.PARTNER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.PARTNER_ALREADY_LEFT */
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
      /** @description LAB.DATE_OUT_OF_ORDER: before it joined */
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
  EnterLabPhaseHttpController_enter: {
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
        'application/json': components['schemas']['EnterLabPhaseRequestDto'];
      };
    };
    responses: {
      /** @description The lab in its new phase, against its plan */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LabResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.PHASE_OUT_OF_ORDER: not the next phase (skipped, repeated or after the last) */
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
      /** @description LAB.DATE_OUT_OF_ORDER: before the current phase started */
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
  ListLabPilotsHttpController_list: {
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
          'application/json': components['schemas']['PilotResponse'][];
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
      /** @description The token has none of the roles: pillar-team:labs, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
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
  PlanPilotHttpController_plan: {
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
        'application/json': components['schemas']['PlanPilotRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PilotResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND, SUB_PROJECT.NOT_FOUND */
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
      /** @description PILOT.UNKNOWN_INTERVENTION, PILOT.SUB_PROJECT_OF_ANOTHER_LAB, PILOT.SCHOOL_NOT_ON_ROSTER */
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
  ListLabSchoolsHttpController_list: {
    parameters: {
      query?: {
        /** @description true: only schools on the roster now; false: only those that left */
        current?: boolean;
        page?: number;
        pageSize?: number;
        /** @description only this school year */
        schoolYear?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the roster, by school year, then BRIN */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LabRosterResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
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
  RecordLabSchoolHttpController_record: {
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
        'application/json': components['schemas']['RecordLabSchoolRequestDto'];
      };
    };
    responses: {
      /** @description The school's place on the roster */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LabSchoolResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ROSTER.SCHOOL_ALREADY_ON_ROSTER: on the roster for that school year already */
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
      /** @description IDEMPOTENCY.KEY_REUSED: this Idempotency-Key came with another request before */
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
  RemoveLabSchoolHttpController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path: {
        brin: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RemoveLabSchoolRequestDto'];
      };
    };
    responses: {
      /** @description The memberships that ended */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LabSchoolResponse'][];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND, ROSTER.SCHOOL_NOT_ON_ROSTER */
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
      /** @description ROSTER.DATE_OUT_OF_ORDER: before it joined */
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
  ListLabSubProjectsHttpController_list: {
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
          'application/json': components['schemas']['SubProjectResponse'][];
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
      /** @description The token has none of the roles: pillar-team:labs, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
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
  StartSubProjectHttpController_start: {
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
        'application/json': components['schemas']['StartSubProjectRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubProjectResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
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
      /** @description SUB_PROJECT.DATE_OUT_OF_ORDER: before the lab started */
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
  ListThematicReportsHttpController_list: {
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
          'application/json': components['schemas']['ThematicReportResponse'][];
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
      /** @description The token has none of the roles: pillar-team:labs, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
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
  PublishThematicReportHttpController_publish: {
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
        'application/json': components['schemas']['PublishThematicReportRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThematicReportResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description LAB.NOT_FOUND */
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
      /** @description REPORT.UNKNOWN_DELIVERABLE, LAB.DATE_OUT_OF_ORDER */
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
  GetPilotHttpController_get: {
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
          'application/json': components['schemas']['PilotResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PILOT.NOT_FOUND */
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
  CompletePilotHttpController_complete: {
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
        'application/json': components['schemas']['CompletePilotRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PilotResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PILOT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PILOT.INVALID_TRANSITION: neither in a field experiment nor after a no-go */
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
      /** @description PILOT.EFFECT_REQUIRED, PILOT.DATE_OUT_OF_ORDER */
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
  StartFieldExperimentHttpController_start: {
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
        'application/json': components['schemas']['StartFieldExperimentRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PilotResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PILOT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PILOT.INVALID_TRANSITION: no go */
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
      /** @description PILOT.DATE_OUT_OF_ORDER: before the go */
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
  DecideGoNoGoHttpController_decide: {
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
        'application/json': components['schemas']['DecideGoNoGoRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PilotResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PILOT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PILOT.INVALID_TRANSITION: not running */
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
      /** @description PILOT.REASON_REQUIRED, PILOT.DATE_OUT_OF_ORDER */
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
  StartPilotHttpController_start: {
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
        'application/json': components['schemas']['StartPilotRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PilotResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PILOT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PILOT.INVALID_TRANSITION: not planned */
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
      /** @description IDEMPOTENCY.KEY_REUSED: this Idempotency-Key came with another request before */
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
  GetSubProjectHttpController_get: {
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
          'application/json': components['schemas']['SubProjectResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SUB_PROJECT.NOT_FOUND */
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
  ConcludeSubProjectHttpController_conclude: {
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
        'application/json': components['schemas']['ConcludeSubProjectRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubProjectResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SUB_PROJECT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SUB_PROJECT.NOT_IN_DECIDE, SUB_PROJECT.CONCLUDED */
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
      /** @description SUB_PROJECT.DATE_OUT_OF_ORDER */
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
  MoveSubProjectHttpController_move: {
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
        'application/json': components['schemas']['MoveSubProjectRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubProjectResponse'];
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
      /** @description The token has none of the roles: pillar-team:labs, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SUB_PROJECT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SUB_PROJECT.IMPOSSIBLE_TRANSITION (skipping ahead, going back other than from Decide), SUB_PROJECT.CONCLUDED */
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
      /** @description SUB_PROJECT.DELIVERABLE_REQUIRED, SUB_PROJECT.WRONG_DELIVERABLE, SUB_PROJECT.NO_INTERVENTION, SUB_PROJECT.DATE_OUT_OF_ORDER */
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
