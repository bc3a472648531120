// Generated from the monitoring service's OpenAPI document by `npm run console:clients`; do not edit.
export interface paths {
  '/admin/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which version is served, and how far a rebuild in progress has come */
    get: operations['RebuildHttpController_status'];
    put?: never;
    /** Rebuild the read models from offset 0 of every topic as a new version; the current one keeps serving until the new one has caught up and takes over */
    post: operations['RebuildHttpController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/equal-access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Equal access: the share of participants with each flag next to that share among all registered schools */
    get: operations['ProgrammeHttpController_equalAccess'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/funnel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The help-desk funnel: inquiries → conversations → referrals → fit intakes → applications → grants → enrolments, with conversion and median days */
    get: operations['ProgrammeHttpController_funnel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/lag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Consumer lag per topic-partition of the served read models (and of a rebuild in progress), and the time of the last processed event */
    get: operations['LagHttpController_lag'];
    put?: never;
    post?: never;
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
  '/ignored-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Events the read models skip because monitoring does not know their type or version yet, counted by type@version */
    get: operations['ProgrammeHttpController_ignored'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kpis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every KPI of the programme with its value, target and progress (no-source when no event feeds it yet) */
    get: operations['KpisHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kpis/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One KPI with its definition, breakdowns per sector, school year and equal-access group, and its monthly series */
    get: operations['KpisHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kpis/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Live KPI values (Server-Sent Events): every KPI once on connecting, then each KPI whose value changes */
    get: operations['KpisHttpController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/labs/five-d-funnel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per lab, its sub-projects through the 5D model: how many reached each phase, how many are in it now, and how many concluded (scale up, stop) */
    get: operations['LabFunnelHttpController_funnel'];
    put?: never;
    post?: never;
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
  '/participation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Distinct participating schools per pillar and overall, gross and net (withdrawn ones out), by sector and school year */
    get: operations['ProgrammeHttpController_participation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/quarterly/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A quarter's progress report laid out like the programme's KPI tables (pillar, KPI, kind, target, value, progress); JSON, or CSV with format=csv */
    get: operations['QuarterlyReportHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per subsidy round: granted amount and grants against its budget */
    get: operations['ProgrammeHttpController_rounds'];
    put?: never;
    post?: never;
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
    BreakdownView: {
      bySector: components['schemas']['SectorValuesView'];
      total: number | null;
    };
    ByEqualAccessView: {
      smallRegional: components['schemas']['BreakdownView'];
      specialisedEducation: components['schemas']['BreakdownView'];
      specialTargetGroups: components['schemas']['BreakdownView'];
      weakPerforming: components['schemas']['BreakdownView'];
    };
    DutchAndEnglishView: {
      en: string;
      nl: string;
    };
    EqualAccessFlagView: {
      /** @description participants' share minus registered schools' share */
      differencePercentagePoints: number | null;
      /** @enum {string} */
      flag: 'weakPerforming' | 'specialTargetGroups' | 'specialisedEducation' | 'smallRegional';
      participants: components['schemas']['EqualAccessShareView'];
      registered: components['schemas']['EqualAccessShareView'];
    };
    EqualAccessResponse: {
      /** @description per school year (e.g. 2024-2025): the schools enrolled in a participation of that year, with the flags of their latest enrolment of that year, against all registered schools; absent in read models built before it existed */
      bySchoolYear?: {
        [key: string]: components['schemas']['EqualAccessYearView'];
      };
      flags: components['schemas']['EqualAccessFlagView'][];
      participantsTotal: number;
      registeredTotal: number;
      /** @description the version of the read models that answered */
      version: number;
    };
    EqualAccessShareView: {
      count: number;
      /** @description count / total × 100; null when the total is 0 */
      sharePercent: number | null;
    };
    EqualAccessYearView: {
      flags: components['schemas']['EqualAccessFlagView'][];
      /** @description schools enrolled in a participation of the year */
      participantsTotal: number;
      registeredTotal: number;
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
    FigureView: {
      /** @description value / target × 100, one decimal; null without target */
      progressPercent: number | null;
      value: number | null;
    };
    FiveDConclusionsView: {
      /** @description sub-projects concluded by scaling up */
      'scale-up': number;
      /** @description sub-projects concluded by stopping */
      stop: number;
    };
    FiveDFunnelStepView: {
      /** @description active sub-projects in this phase now */
      current: number;
      /** @enum {string} */
      phase: 'detect' | 'diagnose' | 'design' | 'determine' | 'decide';
      /** @description sub-projects that were ever in this phase */
      reached: number;
    };
    FunnelResponse: {
      /** @description the same funnel per school year (e.g. 2024-2025), each record in the school year of its own day; absent in read models built before it existed */
      bySchoolYear?: {
        [key: string]: components['schemas']['SchoolYearFunnelView'];
      };
      /** @description over all school years */
      steps: components['schemas']['FunnelStepView'][];
      /** @description the version of the read models that answered */
      version: number;
    };
    FunnelStepView: {
      /** @description count / previous step's count × 100; null for the first */
      conversionPercent: number | null;
      count: number;
      /** @description which records the step counts, and in which school year */
      definition?: string;
      /** @description median days from the previous step; null when none is known */
      medianDaysFromPrevious: number | null;
      /** @enum {string} */
      step:
        | 'inquiries'
        | 'conversations'
        | 'referrals'
        | 'fit-intakes'
        | 'applications'
        | 'grants'
        | 'enrolments';
      /** @description where two definitions are asked for (referrals, intakes): the count under each */
      variants?: components['schemas']['FunnelVariantView'][];
    };
    FunnelVariantView: {
      count: number;
      definition: string;
      /** @enum {string} */
      name: 'to-activities' | 'also-outside-programme' | 'fit-only' | 'all-intakes';
    };
    IgnoredEventsResponse: {
      /**
       * @description events skipped by the read models, counted by type@version
       * @example {
       *       "SchoolEnrolled@3": 2
       *     }
       */
      ignored: {
        [key: string]: number;
      };
      /** @description the version of the read models that answered */
      version: number;
    };
    KpiDetailResponse: {
      byEqualAccess: components['schemas']['ByEqualAccessView'];
      /** @description per school year, e.g. 2025-2026 */
      bySchoolYear: {
        [key: string]: components['schemas']['BreakdownView'];
      };
      definition: components['schemas']['DutchAndEnglishView'];
      /**
       * @description the events it is computed from
       * @example [
       *       "SchoolEnrolled@1"
       *     ]
       */
      events: string[];
      /** @description gross: every school that ever took part */
      figures: components['schemas']['SectorFiguresView'];
      /** @example improvement-culture.schools-in-trajectory */
      id: string;
      /** @enum {string} */
      kind: 'output' | 'outcome';
      name: components['schemas']['DutchAndEnglishView'];
      /** @description net: without the schools that withdrew; only for KPIs whose participants can withdraw */
      net?: components['schemas']['SectorFiguresView'];
      /** @example improvement-culture */
      pillar: string;
      series: components['schemas']['SeriesPointView'][];
      /**
       * @description no-source: no event of the platform feeds it yet, so it has no value (not 0)
       * @enum {string}
       */
      status: 'computed' | 'no-source';
      target: components['schemas']['KpiTargetView'] | null;
      /** @enum {string} */
      unit: 'count' | 'percent' | 'average';
      /** @description the version of the read models that answered */
      version: number;
    };
    KpiListResponse: {
      kpis: components['schemas']['KpiSummaryView'][];
      /** @description the version of the read models that answered */
      version: number;
    };
    KpiSummaryView: {
      /** @description gross: every school that ever took part */
      figures: components['schemas']['SectorFiguresView'];
      /** @example improvement-culture.schools-in-trajectory */
      id: string;
      /** @enum {string} */
      kind: 'output' | 'outcome';
      name: components['schemas']['DutchAndEnglishView'];
      /** @description net: without the schools that withdrew; only for KPIs whose participants can withdraw */
      net?: components['schemas']['SectorFiguresView'];
      /** @example improvement-culture */
      pillar: string;
      /**
       * @description no-source: no event of the platform feeds it yet, so it has no value (not 0)
       * @enum {string}
       */
      status: 'computed' | 'no-source';
      target: components['schemas']['KpiTargetView'] | null;
      /** @enum {string} */
      unit: 'count' | 'percent' | 'average';
    };
    KpiTargetView: {
      bySector?: components['schemas']['SectorTargetsView'];
      max?: number;
      min?: number;
      /**
       * @description the target as written in the seed's table
       * @example 250 PO, 250 VO
       */
      text: string;
      value?: number;
    };
    LabFiveDFunnelView: {
      concluded: components['schemas']['FiveDConclusionsView'];
      /** @description the lab's code once its LabStarted was read */
      labCode: string | null;
      /** Format: uuid */
      labId: string;
      /** @description the five phases, Detect to Decide */
      steps: components['schemas']['FiveDFunnelStepView'][];
      subProjects: number;
    };
    LabFunnelResponse: {
      labs: components['schemas']['LabFiveDFunnelView'][];
      /** @description the version of the read models that answered */
      version: number;
    };
    LagResponse: {
      /** @description a rebuild in progress */
      building: components['schemas']['VersionLagView'] | null;
      /** @description every event there is is in the read models */
      caughtUp: boolean;
      deadLettered: number;
      /** @description the lease epoch of the replica that measured */
      epoch: number;
      eventsProcessed: number;
      groupId: string;
      /**
       * Format: date-time
       * @description occurredAt of the latest event processed
       */
      lastEventAt: string | null;
      /**
       * Format: date-time
       * @description when this replica last processed an event
       */
      lastProcessedAt: string | null;
      /** Format: date-time */
      measuredAt: string;
      partitions: components['schemas']['PartitionLagView'][];
      topics: string[];
      totalLag: number;
      /** @description matching topics the projector does not read yet */
      unreadTopics: string[];
      version: number;
    };
    NoProjectorResponse: {
      /** @enum {string} */
      status: 'no-projector';
    };
    ParticipationCountsView: {
      bySector: components['schemas']['SectorCountsView'];
      netBySector: components['schemas']['SectorCountsView'];
      /** @description distinct schools still taking part: with a participation not withdrawn (labs: still on a roster) */
      netSchools: number;
      /** @description distinct participating schools, withdrawn ones included */
      schools: number;
    };
    ParticipationResponse: {
      /** @description every pillar together (pillar 'all'): a school in two pillars counts once; absent in read models built before it existed */
      overall?: components['schemas']['PillarParticipationView'];
      pillars: components['schemas']['PillarParticipationView'][];
      /** @description the version of the read models that answered */
      version: number;
    };
    PartitionLagView: {
      highWatermark: number;
      lag: number;
      partition: number;
      /** @description the next offset this version reads */
      position: number;
      topic: string;
    };
    PillarParticipationView: {
      /** @description the same counts per school year of the participation (e.g. 2024-2025) */
      bySchoolYear: {
        [key: string]: components['schemas']['ParticipationCountsView'];
      };
      bySector: components['schemas']['SectorCountsView'];
      netBySector: components['schemas']['SectorCountsView'];
      /** @description distinct schools still taking part: with a participation not withdrawn (labs: still on a roster) */
      netSchools: number;
      /** @example improvement-culture */
      pillar: string;
      /** @description distinct participating schools, withdrawn ones included */
      schools: number;
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
    QuarterlyReportResponse: {
      /**
       * Format: date
       * @example 2025-01-01
       */
      from: string;
      /** @example 2025-Q1 */
      period: string;
      rows: components['schemas']['QuarterlyReportRowView'][];
      /**
       * Format: date
       * @example 2025-03-31
       */
      to: string;
    };
    QuarterlyReportRowView: {
      figures: components['schemas']['SectorFiguresView'] | null;
      /** @enum {string} */
      kind: 'output' | 'outcome';
      kpi: string;
      kpiEn: string;
      kpiId: string;
      pillar: string;
      /**
       * @description empty without target or value
       * @example 4.8% PO, 5.2% VO
       */
      progress: string;
      /** @enum {string} */
      status: 'computed' | 'no-source';
      target: string;
      /** @enum {string} */
      unit: 'count' | 'percent' | 'average';
      /**
       * @description as of the end of the quarter; empty for no-source
       * @example 12 PO, 13 VO
       */
      value: string;
    };
    RebuildProgressView: {
      eventsProcessed: number | null;
      totalLag: number | null;
      version: number;
    };
    RebuildRequestedResponse: {
      /** @enum {string} */
      status: 'building';
      /** @description the version being built */
      version: number;
    };
    RebuildStatusResponse: {
      /** @description the version served; null before the first */
      activeVersion: number | null;
      /** @description a rebuild in progress */
      building: components['schemas']['RebuildProgressView'] | null;
    };
    RoundBudgetItemView: {
      budgetCents: number | null;
      grantedCents: number;
      grants: number;
      maxGrants: number | null;
      remainingCents: number | null;
      roundId: string;
      /** @example 2025-2026 */
      schoolYear: string;
      usedPercent: number | null;
    };
    RoundsResponse: {
      rounds: components['schemas']['RoundBudgetItemView'][];
      /** @description the version of the read models that answered */
      version: number;
    };
    SchoolYearFunnelView: {
      steps: components['schemas']['FunnelStepView'][];
    };
    SectorCountsView: {
      PO: number;
      VO: number;
    };
    SectorFiguresView: {
      bySector: components['schemas']['SectorFigureViews'];
      total: components['schemas']['FigureView'];
    };
    SectorFigureViews: {
      PO: components['schemas']['FigureView'];
      VO: components['schemas']['FigureView'];
    };
    SectorTargetsView: {
      PO: number;
      VO: number;
    };
    SectorValuesView: {
      PO: number | null;
      VO: number | null;
    };
    SeriesPointView: {
      bySector: components['schemas']['SectorValuesView'];
      /**
       * @description the value at the end of the month
       * @example 2025-03
       */
      month: string;
      total: number | null;
    };
    VersionLagView: {
      /** @description every event there is is in the read models */
      caughtUp: boolean;
      deadLettered: number;
      eventsProcessed: number;
      groupId: string;
      /**
       * Format: date-time
       * @description occurredAt of the latest event processed
       */
      lastEventAt: string | null;
      /**
       * Format: date-time
       * @description when this replica last processed an event
       */
      lastProcessedAt: string | null;
      partitions: components['schemas']['PartitionLagView'][];
      topics: string[];
      totalLag: number;
      /** @description matching topics the projector does not read yet */
      unreadTopics: string[];
      version: number;
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
  RebuildHttpController_status: {
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
          'application/json': components['schemas']['RebuildStatusResponse'];
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
      /** @description The token has none of the roles: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
  RebuildHttpController_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version now being built */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RebuildRequestedResponse'];
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
      /** @description The token has none of the roles: admin */
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
      /** @description REBUILD.IN_PROGRESS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
  ProgrammeHttpController_equalAccess: {
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
          'application/json': components['schemas']['EqualAccessResponse'];
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
      /** @description The token has none of the roles: monitoring, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
  ProgrammeHttpController_funnel: {
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
          'application/json': components['schemas']['FunnelResponse'];
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
      /** @description The token has none of the roles: monitoring, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
  LagHttpController_lag: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest measurement of the projecting replica; caughtUp is false until a topic to read exists and while a matching topic is not read yet (unreadTopics) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LagResponse'];
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
      /** @description The token has none of the roles: monitoring, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No replica has measured lately: none is projecting (application/json); or a store is away (a problem document) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoProjectorResponse'];
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
  ProgrammeHttpController_ignored: {
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
          'application/json': components['schemas']['IgnoredEventsResponse'];
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
      /** @description The token has none of the roles: monitoring, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
  KpisHttpController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every KPI, with the view version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KpiListResponse'];
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
      /** @description The token has none of the roles: monitoring, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
  KpisHttpController_get: {
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
      /** @description The KPI */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KpiDetailResponse'];
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
      /** @description The token has none of the roles: monitoring, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description KPI.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
  KpisHttpController_stream: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A stream of `kpi` events; each `data` is a KPI summary with the view version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': {
            /** @description the KPI summary with the view version, as JSON */
            data: string;
            /** @enum {string} */
            event: 'kpi';
            /** @example 12:improvement-culture.schools-in-trajectory */
            id: string;
          };
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
      /** @description The token has none of the roles: monitoring, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
  LabFunnelHttpController_funnel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every lab with a sub-project, by lab code */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LabFunnelResponse'];
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
      /** @description The token has none of the roles: monitoring, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
  ProgrammeHttpController_participation: {
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
          'application/json': components['schemas']['ParticipationResponse'];
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
      /** @description The token has none of the roles: monitoring, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
  QuarterlyReportHttpController_get: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
      };
      header?: never;
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report, with values as of the end of the quarter */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarterlyReportResponse'];
          'text/csv': string;
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
      /** @description The token has none of the roles: monitoring, admin */
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
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
  ProgrammeHttpController_rounds: {
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
          'application/json': components['schemas']['RoundsResponse'];
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
      /** @description The token has none of the roles: monitoring, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The service cannot answer yet; retry after Retry-After seconds */
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
