// Generated from the enrolment service's OpenAPI document by `npm run console:clients`; do not edit.
export interface paths {
  '/activity-catalogue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The activities schools can apply for, with their sectors and amount rules */
    get: operations['GetActivityCatalogueHttpController_get'];
    /** Replace the activity catalogue: the activities offered, their sectors and amount rules */
    put: operations['ReplaceActivityCatalogueHttpController_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/activity-catalogue/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The activity catalogue's audit trail */
    get: operations['GetAuditTrailHttpController_catalogue'];
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
  '/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import the programme's history from a JSON-lines file (docs/import-format.md): each row through its endpoint, in file order, dated by its own days; runs in the background (GET the Location for progress)
     * @description Each line is `{"id": "<row id>", "kind": "school" | "inquiry" | "conversation" | "referral" | "inquiry-closure" | "intake" | "round" | "application" | "information-request" | "resubmission" | "grant" | "rejection" | "application-withdrawal" | "participation-start" | "completion" | "participation-withdrawal" | "assessment" | "coach", …the fields of that endpoint's body}`; rows name earlier rows by id (`inquiry`, `round`, `application`). A row already imported (by any run of any file) is counted unchanged, so the same file can be run again. At most 67108864 bytes.
     */
    post: operations['ImportsHttpController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import's progress: rows done, created, unchanged, failed, and each error's line */
    get: operations['ImportsHttpController_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inquiries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Inquiries, by school, status or a part of the BRIN or school name */
    get: operations['ListInquiriesHttpController_list'];
    put?: never;
    /** Record an inquiry a school put to the help desk; publishes InquiryReceived */
    post: operations['ReceiveInquiryHttpController_receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inquiries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An inquiry, with its conversations, referral and first-response due day */
    get: operations['GetInquiryHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inquiries/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An inquiry's audit trail */
    get: operations['GetAuditTrailHttpController_inquiry'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inquiries/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close an inquiry with its outcome; publishes InquiryClosed */
    post: operations['CloseInquiryHttpController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inquiries/{id}/conversations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an exploratory conversation about an inquiry; publishes ExploratoryConversationHeld */
    post: operations['HoldExploratoryConversationHttpController_hold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inquiries/{id}/erase-contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase the inquiry's contact person on request, from every version of it and from kept answers, and free text that names them; the inquiry and every count stay. Publishes nothing */
    post: operations['EraseInquiryContactHttpController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inquiries/{id}/referral': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refer the school, after an exploratory conversation, to activities or outside the programme; publishes InquiryReferred */
    post: operations['ReferInquiryHttpController_refer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inquiries/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open inquiries without a first response within the norm (FIRST_RESPONSE_WORKING_DAYS working days) */
    get: operations['ListOverdueInquiriesHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intakes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the outcome of a school's intake for an activity (fit or no-fit); publishes IntakeCompleted */
    post: operations['CompleteIntakeHttpController_complete'];
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
  '/participations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A participation: where the school stands in the activity */
    get: operations['GetParticipationHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/participations/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A participation's audit trail */
    get: operations['GetAuditTrailHttpController_participation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/participations/{id}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The school completed the activity; publishes ParticipationCompleted */
    post: operations['CompleteParticipationHttpController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/participations/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The school starts the activity (no event: no contract exists for this step) */
    post: operations['StartParticipationHttpController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/participations/{id}/sustainability-assessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record, once and a year after completion, whether a trajectory left a sustainable culture; publishes SustainabilityAssessed */
    post: operations['AssessSustainabilityHttpController_assess'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/participations/{id}/trained-coaches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that an expert coach of the trajectory completed the training; publishes ExpertCoachTrained */
    post: operations['RecordTrainedCoachHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/participations/{id}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The school withdraws from the activity; publishes SchoolWithdrew */
    post: operations['WithdrawParticipationHttpController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find schools by name or BRIN, sector, place, board and equal-access flags */
    get: operations['ListSchoolsHttpController_list'];
    put?: never;
    /** Register a school; publishes SchoolRegistered */
    post: operations['RegisterSchoolHttpController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schools/{brin}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A school's profile */
    get: operations['GetSchoolHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a school's profile; publishes SchoolProfileUpdated when something changed */
    patch: operations['UpdateSchoolProfileHttpController_update'];
    trace?: never;
  };
  '/schools/{brin}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A school's audit trail */
    get: operations['GetAuditTrailHttpController_school'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schools/{brin}/intakes/{activity}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The intake that counts for a school and activity: the one held last (of two on one day, the no-fit) */
    get: operations['GetIntakeHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schools/{brin}/participations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A school's participations, in the order it enrolled */
    get: operations['ListSchoolParticipationsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schools/{brin}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A school's timeline: inquiries, intakes, applications and participations in time order */
    get: operations['GetSchoolTimelineHttpController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** File a subsidy application for a school; publishes SubsidyApplicationSubmitted */
    post: operations['SubmitApplicationHttpController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An application: its status (for staff and for the school), the day a decision is due and whether that day has passed */
    get: operations['GetApplicationHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-applications/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An application's audit trail */
    get: operations['GetAuditTrailHttpController_application'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-applications/{id}/grant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grant an application: reserves the amount in the round and enrols the school; publishes SubsidyGranted and SchoolEnrolled. Repeating it for a granted application finishes what is left and changes nothing else. */
    post: operations['GrantApplicationHttpController_grant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-applications/{id}/information-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the school for more information; the decision clock stops. Publishes SubsidyInformationRequested */
    post: operations['RequestInformationHttpController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-applications/{id}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject an application with a reason; publishes SubsidyRejected */
    post: operations['RejectApplicationHttpController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-applications/{id}/resubmission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the information the school sent; the decision clock resumes, its due day moved by the days it stood still. Publishes SubsidyApplicationResubmitted */
    post: operations['ResubmitApplicationHttpController_resubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-applications/{id}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the school withdrew its application before a decision; it may then apply again. Publishes SubsidyApplicationWithdrawn */
    post: operations['WithdrawApplicationHttpController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-applications/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Undecided applications past the day their decision was due (13 weeks, not counting time spent waiting on the school) */
    get: operations['ListOverdueApplicationsHttpController_list'];
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
    /** The subsidy rounds, optionally of one school year, with their budgets */
    get: operations['ListSubsidyRoundsHttpController_list'];
    put?: never;
    /** Open a subsidy round for a school year; publishes SubsidyRoundOpened */
    post: operations['OpenSubsidyRoundHttpController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A subsidy round and its budget: granted, left, and asked by applications still undecided */
    get: operations['GetSubsidyRoundHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-rounds/{id}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A round's applications in order of arrival; with queue=true only those to assess, in assessment order */
    get: operations['ListRoundApplicationsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/subsidy-rounds/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A subsidy round's audit trail (its budget reservations included) */
    get: operations['GetAuditTrailHttpController_round'];
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
    ActivityAmountDto: {
      /** @enum {string} */
      activity:
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school';
      /**
       * @description the most a school can be granted for it, in euro cents
       * @example 4000000
       */
      maxAmountCents: number;
    };
    ActivityAmountView: {
      /** @enum {string} */
      activity:
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school';
      maxAmountCents: number;
    };
    ActivityCatalogueView: {
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      changedAt?: string;
      /** @description whether an administrator replaced the built-in default */
      edited: boolean;
      entries: components['schemas']['CatalogueEntryView'][];
      /** @description 0 while the catalogue was never edited and the built-in default applies */
      version: number;
    };
    AmountRuleView: {
      /** @description fixed: the amount, in euro cents */
      amountCents?: number;
      /** @description per-pupil: euro cents per pupil */
      centsPerPupil?: number;
      /** @enum {string} */
      kind: 'fixed' | 'maximum' | 'per-pupil';
      /** @description maximum and per-pupil: the most, in euro cents */
      maxCents?: number;
    };
    ApplicationResponse: {
      /** @enum {string} */
      activity:
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school';
      /** Format: uuid */
      applicationId: string;
      /** @example 12AB */
      brin: string;
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      changedAt: string;
      clockPaused: boolean;
      /**
       * Format: date
       * @example 2025-03-10
       */
      decidedOn?: string;
      /**
       * Format: date
       * @description while information is awaited: the due day if the school answered today
       * @example 2025-03-10
       */
      decisionDueOn: string;
      grantedAmountCents?: number;
      informationRequests: components['schemas']['InformationRequestView'][];
      labels: components['schemas']['StatusLabelsView'];
      motivation: string;
      overdue: boolean;
      /** @enum {string} */
      pillar: 'improvement-culture' | 'knowledge-sharing' | 'co-creation-labs' | 'expert-schools';
      rejection?: components['schemas']['RejectionView'];
      requestedAmountCents: number;
      /** Format: uuid */
      roundId: string;
      /** @example 2025-2026 */
      schoolYear: string;
      /** @enum {string} */
      sector: 'PO' | 'VO';
      /** @enum {string} */
      status: 'submitted' | 'information-requested' | 'resubmitted' | 'granted' | 'rejected' | 'withdrawn';
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      submittedAt: string;
      /**
       * Format: date
       * @example 2025-03-10
       */
      submittedOn: string;
      version: number;
      /**
       * Format: date
       * @example 2025-03-10
       */
      withdrawnOn?: string;
    };
    ApplicationResponseReadablePage: {
      items: components['schemas']['ApplicationResponse'][];
      page: number;
      pageSize: number;
      /** @description the length of the whole list */
      total: number;
      /** @description records left out because they cannot be shown (never paged; normally empty) */
      unreadable: components['schemas']['UnreadableRecordView'][];
    };
    AssessSustainabilityRequestDto: {
      /**
       * Format: date
       * @description the day of the assessment, 12 months or more after completion; today (Dutch time) when left out
       * @example 2027-07-01
       */
      assessedOn?: string;
      /** @description whether the school shows a sustainable research and improvement culture */
      sustainableCulture: boolean;
    };
    AuditEntry: {
      /** @description who made the change (the token subject), or system */
      actor: string;
      /**
       * Format: date-time
       * @description when the change was recorded (committed)
       * @example 2025-03-10T09:30:00.000Z
       */
      at: string;
      changes: components['schemas']['FieldChange'][];
      /** @example RegisterSchool */
      command: string;
      /**
       * @example [
       *       "SchoolRegistered"
       *     ]
       */
      events: string[];
      /**
       * Format: date
       * @description the business day of the fact the change records (an application is submitted, a grant decided); earlier than recordedOn when the fact was recorded later than it happened; absent for a change that is no dated fact (a profile edit, a budget reservation)
       * @example 2025-03-10
       */
      happenedOn?: string;
      /**
       * Format: date
       * @description the day it was recorded, in Dutch time: the day of `at`
       * @example 2025-03-10
       */
      recordedOn: string;
      version: number;
    };
    BudgetStatusView: {
      budgetCents: number;
      /** @description reserved by granted applications */
      grantedCents: number;
      grantedCount: number;
      grantsLeft: number;
      /** @description what would remain if every undecided application were granted in full; negative when oversubscribed */
      remainingAfterReservedCents: number;
      /** @description the budget not granted */
      remainingCents: number;
      /** @description asked for by applications still undecided */
      reservedCents: number;
    };
    CatalogueEntryDto: {
      /** @enum {string} */
      activity:
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school';
      /**
       * @example [
       *       "PO",
       *       "VO"
       *     ]
       */
      allowedSectors: ('PO' | 'VO')[];
      amountRule: components['schemas']['SubsidyAmountRuleDto'];
      /**
       * @description the activity's pillar; derived when left out
       * @enum {string}
       */
      pillar?: 'improvement-culture' | 'knowledge-sharing' | 'co-creation-labs' | 'expert-schools';
    };
    CatalogueEntryView: {
      /** @enum {string} */
      activity:
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school';
      allowedSectors: ('PO' | 'VO')[];
      amountRule: components['schemas']['AmountRuleView'];
      /** @enum {string} */
      pillar: 'improvement-culture' | 'knowledge-sharing' | 'co-creation-labs' | 'expert-schools';
    };
    CloseInquiryRequestDto: {
      /**
       * Format: date
       * @description the day it was closed; today (Dutch time) when left out
       * @example 2025-03-12
       */
      closedOn?: string;
      /**
       * @description referred for a referred inquiry; answered, no-follow-up or duplicate for any other
       * @enum {string}
       */
      outcome: 'referred' | 'answered' | 'no-follow-up' | 'duplicate';
    };
    CompleteIntakeRequestDto: {
      /** @enum {string} */
      activity:
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school';
      /**
       * @description the BRIN of a registered school
       * @example 12AB
       */
      brin: string;
      /**
       * Format: date
       * @description the day of the (last) intake conversation; today (Dutch time) when left out
       * @example 2025-02-10
       */
      heldOn?: string;
      /**
       * Format: uuid
       * @description the inquiry the intake followed from
       */
      inquiryId?: string;
      /**
       * @description the pillar's notes; kept in the service, never published
       * @example Team wil werken aan begrijpend lezen.
       */
      notes: string;
      /** @enum {string} */
      outcome: 'fit' | 'no-fit';
    };
    CompleteParticipationRequestDto: {
      /**
       * Format: date
       * @description the day the school completed the activity; today (Dutch time) when left out
       * @example 2026-06-30
       */
      completedOn?: string;
      /** @description whether the trajectory improved pupil development on its theme: required for an improvement-culture trajectory, not given for any other activity */
      pupilDevelopmentImproved?: boolean;
    };
    ContactPersonDto: {
      /** @example a.devries@regenboog.nl */
      email?: string;
      /** @example Anna de Vries */
      name: string;
      /** @example +31 6 12345678 */
      phone?: string;
    };
    ContactPersonView: {
      /** @example a.devries@example.org */
      email?: string;
      /** @example Anna de Vries */
      name: string;
      /** @example +31 30 123 4567 */
      phone?: string;
    };
    ConversationView: {
      /**
       * Format: date
       * @description null when the stored day cannot be shown
       * @example 2025-03-10
       */
      heldOn: string | null;
      notes: string;
    };
    EqualAccessView: {
      /** @description a small school in a rural or shrinking region (derived from the pupil count) */
      smallRegional: boolean;
      /** @description the school gives specialised education (SO, SBO or VSO) */
      specialisedEducation: boolean;
      /** @description many pupils from groups the programme targets specially */
      specialTargetGroups: boolean;
      /** @description the inspectorate judges the school weak or very weak */
      weakPerforming: boolean;
    };
    EraseInquiryContactRequestDto: {
      /**
       * @description texts (the person as staff wrote them) to replace by "[verwijderd]" in the question, the conversation notes and the referral notes, in every version
       * @example [
       *       "Anna de Vries",
       *       "mevrouw De Vries"
       *     ]
       */
      alsoRemove?: string[];
    };
    FieldChange: {
      /** @description the value after; absent when the field was removed */
      new?: string | number | boolean | Record<string, never> | unknown[];
      /** @description the value before; absent when the field was new */
      old?: string | number | boolean | Record<string, never> | unknown[];
      /**
       * @description (record) for the whole record
       * @example profile.pupilCount
       */
      path: string;
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
    GrantApplicationRequestDto: {
      /**
       * Format: date
       * @description the day of the decision; today (Dutch time) when left out
       * @example 2025-03-20
       */
      decidedOn?: string;
      /**
       * @description the amount granted in euro cents, at most the amount asked; the amount asked when left out
       * @example 2500000
       */
      grantedAmountCents?: number;
    };
    GrantResponse: {
      /** Format: uuid */
      applicationId: string;
      /**
       * Format: date
       * @example 2025-03-10
       */
      decidedOn: string;
      grantedAmountCents: number;
      /** Format: uuid */
      participationId: string;
      round: components['schemas']['GrantRoundView'];
      /** @enum {string} */
      status: 'submitted' | 'information-requested' | 'resubmitted' | 'granted' | 'rejected' | 'withdrawn';
    };
    GrantRoundView: {
      budgetCents: number;
      grantedCents: number;
      grantedCount: number;
      grantsLeft: number;
      remainingCents: number;
      /** Format: uuid */
      roundId: string;
    };
    HoldExploratoryConversationRequestDto: {
      /**
       * Format: date
       * @description the day of the conversation; today (Dutch time) when left out
       * @example 2025-03-05
       */
      heldOn?: string;
      /** @example Team wil werken aan begrijpend lezen; Groeikracht past mogelijk. */
      notes: string;
    };
    ImportResponse: {
      /** @description true: checked only, nothing recorded */
      dryRun: boolean;
      /** @description every refused row, in file order */
      errors: components['schemas']['ImportRowError'][];
      /** @description refused rows beyond the first 1,000, counted but not listed */
      errorsLeftOut: number;
      /** @description why a failed import stopped (e.g. the service stopped); running the same file again finishes it */
      failure?: string;
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      finishedAt?: string;
      /** Format: uuid */
      importId: string;
      rows: components['schemas']['ImportRowCounts'];
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      startedAt: string;
      /** @enum {string} */
      state: 'running' | 'finished' | 'failed';
    };
    ImportRowCounts: {
      /** @description rows that recorded their fact (a dry run: would record it) */
      created: number;
      /** @description rows handled so far */
      done: number;
      /** @description rows refused; each is in errors with its line */
      failed: number;
      /** @description rows in the file (lines that are not blank) */
      total: number;
      /** @description rows recorded by an earlier run of the same row: left as they are */
      unchanged: number;
    };
    ImportRowError: {
      /**
       * @description the code the endpoint would answer (REQUEST.VALIDATION_FAILED, a domain rule), or IMPORT.MALFORMED_ROW, IMPORT.UNKNOWN_KIND, IMPORT.DUPLICATE_ROW_ID, IMPORT.UNKNOWN_REFERENCE
       * @example APPLICATION.ROUND_CLOSED
       */
      code: string;
      /** @description the failing fields of a malformed row */
      fields?: components['schemas']['FieldProblemSchema'][];
      /** @description the line of the file, counted from 1 */
      line: number;
      /** @example The subsidy round does not take applications at this moment (rule: round-open) */
      message: string;
      /** @example school-12AB */
      rowId?: string;
    };
    InformationRequestView: {
      question: string;
      /**
       * Format: date
       * @example 2025-03-10
       */
      requestedOn: string;
      /**
       * Format: date
       * @example 2025-03-10
       */
      resubmittedOn?: string;
      supplement?: string;
    };
    InquiryResponse: {
      /**
       * @description when the school is registered
       * @example 12AB
       */
      brin?: string;
      /**
       * Format: date-time
       * @description null when the stored moment cannot be shown
       * @example 2025-03-10T09:30:00.000Z
       */
      changedAt: string | null;
      /** @enum {string} */
      channel: 'email' | 'phone' | 'web-form' | 'information-session';
      /**
       * Format: date
       * @description null when the stored day cannot be shown
       * @example 2025-03-10
       */
      closedOn?: string | null;
      /** @description absent once erased on request */
      contact?: components['schemas']['ContactPersonView'];
      /**
       * Format: date
       * @description null when the stored day cannot be shown
       * @example 2025-03-10
       */
      contactErasedOn?: string | null;
      conversations: components['schemas']['ConversationView'][];
      /**
       * Format: date
       * @description null when the day of receipt is unknown
       * @example 2025-03-10
       */
      firstResponseDueOn: string | null;
      /** Format: uuid */
      inquiryId: string;
      /** @enum {string} */
      outcome?: 'referred' | 'answered' | 'no-follow-up' | 'duplicate';
      /** @description false when the day of receipt is unknown: it cannot be judged */
      overdue: boolean;
      question?: string;
      /**
       * Format: date-time
       * @description null when the stored moment cannot be shown
       * @example 2025-03-10T09:30:00.000Z
       */
      receivedAt: string | null;
      /**
       * Format: date
       * @description null when the stored day cannot be shown
       * @example 2025-03-10
       */
      receivedOn: string | null;
      referral?: components['schemas']['ReferralView'];
      /** @description when the school is not registered */
      schoolName?: string;
      /** @enum {string} */
      status: 'open' | 'conversation-held' | 'referred' | 'closed';
      /**
       * @description the fields whose stored day or moment cannot be shown (missing, not a day, or one the calendar cannot count from, in a record stored before days were checked); they are null. Normally empty
       * @example []
       */
      unknownDays: string[];
      version: number;
    };
    InquiryResponseReadablePage: {
      items: components['schemas']['InquiryResponse'][];
      page: number;
      pageSize: number;
      /** @description the length of the whole list */
      total: number;
      /** @description records left out because they cannot be shown (never paged; normally empty) */
      unreadable: components['schemas']['UnreadableRecordView'][];
    };
    IntakeResponse: {
      /** @enum {string} */
      activity:
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school';
      /** @example 12AB */
      brin: string;
      /**
       * Format: date
       * @example 2025-03-10
       */
      heldOn: string;
      /** Format: uuid */
      inquiryId?: string;
      /** Format: uuid */
      intakeId: string;
      notes: string;
      /** @enum {string} */
      outcome: 'fit' | 'no-fit';
      /** @enum {string} */
      pillar: 'improvement-culture' | 'knowledge-sharing' | 'co-creation-labs' | 'expert-schools';
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      recordedAt: string;
      /** @description the version of the school's intake stream for this activity that recorded it */
      version: number;
    };
    OpenSubsidyRoundRequestDto: {
      /** @description the activities the round offers, each with the most it grants; one entry per activity */
      activityAmounts: components['schemas']['ActivityAmountDto'][];
      /**
       * @description euro cents
       * @example 10000000
       */
      budgetCents: number;
      /**
       * Format: date-time
       * @description applications are taken until just before this moment; later than opensAt
       * @example 2025-04-01T15:00:00Z
       */
      closesAt: string;
      /**
       * @description the most applications the round grants
       * @example 3
       */
      maxGrants: number;
      /**
       * Format: date-time
       * @description applications are taken from this moment
       * @example 2025-03-01T08:00:00Z
       */
      opensAt: string;
      /** @example 2025-2026 */
      schoolYear: string;
    };
    OverdueApplicationResponse: {
      /** @enum {string} */
      activity:
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school';
      /** Format: uuid */
      applicationId: string;
      /** @example 12AB */
      brin: string;
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      changedAt: string;
      clockPaused: boolean;
      daysOverdue: number;
      /**
       * Format: date
       * @example 2025-03-10
       */
      decidedOn?: string;
      /**
       * Format: date
       * @description while information is awaited: the due day if the school answered today
       * @example 2025-03-10
       */
      decisionDueOn: string;
      grantedAmountCents?: number;
      informationRequests: components['schemas']['InformationRequestView'][];
      labels: components['schemas']['StatusLabelsView'];
      motivation: string;
      overdue: boolean;
      /** @enum {string} */
      pillar: 'improvement-culture' | 'knowledge-sharing' | 'co-creation-labs' | 'expert-schools';
      rejection?: components['schemas']['RejectionView'];
      requestedAmountCents: number;
      /** Format: uuid */
      roundId: string;
      /** @example 2025-2026 */
      schoolYear: string;
      /** @enum {string} */
      sector: 'PO' | 'VO';
      /** @enum {string} */
      status: 'submitted' | 'information-requested' | 'resubmitted' | 'granted' | 'rejected' | 'withdrawn';
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      submittedAt: string;
      /**
       * Format: date
       * @example 2025-03-10
       */
      submittedOn: string;
      version: number;
      /**
       * Format: date
       * @example 2025-03-10
       */
      withdrawnOn?: string;
    };
    OverdueApplicationResponseReadablePage: {
      items: components['schemas']['OverdueApplicationResponse'][];
      page: number;
      pageSize: number;
      /** @description the length of the whole list */
      total: number;
      /** @description records left out because they cannot be shown (never paged; normally empty) */
      unreadable: components['schemas']['UnreadableRecordView'][];
    };
    OverdueInquiriesPageResponse: {
      items: components['schemas']['OverdueInquiryResponse'][];
      page: number;
      pageSize: number;
      /** @description the length of the whole list */
      total: number;
      /** @description open inquiries whose day of receipt is unknown (stored before days were checked), so whether they are overdue cannot be judged; never paged, normally empty */
      undated: components['schemas']['InquiryResponse'][];
      /** @description records left out because they cannot be shown (never paged; normally empty) */
      unreadable: components['schemas']['UnreadableRecordView'][];
    };
    OverdueInquiryResponse: {
      /**
       * @description when the school is registered
       * @example 12AB
       */
      brin?: string;
      /**
       * Format: date-time
       * @description null when the stored moment cannot be shown
       * @example 2025-03-10T09:30:00.000Z
       */
      changedAt: string | null;
      /** @enum {string} */
      channel: 'email' | 'phone' | 'web-form' | 'information-session';
      /**
       * Format: date
       * @description null when the stored day cannot be shown
       * @example 2025-03-10
       */
      closedOn?: string | null;
      /** @description absent once erased on request */
      contact?: components['schemas']['ContactPersonView'];
      /**
       * Format: date
       * @description null when the stored day cannot be shown
       * @example 2025-03-10
       */
      contactErasedOn?: string | null;
      conversations: components['schemas']['ConversationView'][];
      daysOverdue: number;
      /**
       * Format: date
       * @description null when the day of receipt is unknown
       * @example 2025-03-10
       */
      firstResponseDueOn: string | null;
      /** Format: uuid */
      inquiryId: string;
      /** @enum {string} */
      outcome?: 'referred' | 'answered' | 'no-follow-up' | 'duplicate';
      /** @description false when the day of receipt is unknown: it cannot be judged */
      overdue: boolean;
      question?: string;
      /**
       * Format: date-time
       * @description null when the stored moment cannot be shown
       * @example 2025-03-10T09:30:00.000Z
       */
      receivedAt: string | null;
      /**
       * Format: date
       * @description null when the stored day cannot be shown
       * @example 2025-03-10
       */
      receivedOn: string | null;
      referral?: components['schemas']['ReferralView'];
      /** @description when the school is not registered */
      schoolName?: string;
      /** @enum {string} */
      status: 'open' | 'conversation-held' | 'referred' | 'closed';
      /**
       * @description the fields whose stored day or moment cannot be shown (missing, not a day, or one the calendar cannot count from, in a record stored before days were checked); they are null. Normally empty
       * @example []
       */
      unknownDays: string[];
      version: number;
      workingDaysOverdue: number;
    };
    ParticipationResponse: {
      /** @enum {string} */
      activity:
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school';
      /** Format: uuid */
      applicationId: string;
      /** @example 12AB */
      brin: string;
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      changedAt: string;
      /**
       * Format: date
       * @example 2025-03-10
       */
      completedOn?: string;
      /**
       * Format: date
       * @example 2025-03-10
       */
      enrolledOn: string;
      /** @description the equal-access flags when the school enrolled */
      equalAccess: components['schemas']['EqualAccessView'];
      /** Format: uuid */
      participationId: string;
      /** @enum {string} */
      pillar: 'improvement-culture' | 'knowledge-sharing' | 'co-creation-labs' | 'expert-schools';
      pupilDevelopmentImproved?: boolean;
      /** Format: uuid */
      roundId: string;
      /** @example 2025-2026 */
      schoolYear: string;
      /** @enum {string} */
      sector: 'PO' | 'VO';
      /**
       * Format: date
       * @example 2025-03-10
       */
      startedOn?: string;
      /** @enum {string} */
      status: 'enrolled' | 'active' | 'completed' | 'withdrawn';
      sustainability?: components['schemas']['SustainabilityView'];
      trainedCoaches: components['schemas']['TrainedCoachView'][];
      version: number;
      withdrawal?: components['schemas']['WithdrawalView'];
    };
    ParticipationResponseReadablePage: {
      items: components['schemas']['ParticipationResponse'][];
      page: number;
      pageSize: number;
      /** @description the length of the whole list */
      total: number;
      /** @description records left out because they cannot be shown (never paged; normally empty) */
      unreadable: components['schemas']['UnreadableRecordView'][];
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
    ReceiveInquiryRequestDto: {
      /**
       * @description the BRIN of a registered school
       * @example 12AB
       */
      brin?: string;
      /** @enum {string} */
      channel: 'email' | 'phone' | 'web-form' | 'information-session';
      /** @description who asked; required without brin, since nobody could be called back otherwise */
      contact?: components['schemas']['ContactPersonDto'];
      /** @example Kunnen wij meedoen met Groeikracht? */
      question?: string;
      /**
       * Format: date-time
       * @description when the help desk received it, ISO 8601 with a zone; now when left out
       * @example 2025-03-03T09:30:00Z
       */
      receivedAt?: string;
      /**
       * @description the name of a school that is not registered; required (and only allowed) without brin
       * @example Basisschool De Linde
       */
      schoolName?: string;
    };
    RecordTrainedCoachRequestDto: {
      /**
       * Format: uuid
       * @description the pseudonymous id of the coach (never a name), the same for the same coach; a new one when left out
       */
      coachId?: string;
      /**
       * Format: date
       * @description the day the coach completed the training; today (Dutch time) when left out
       * @example 2025-12-10
       */
      trainedOn?: string;
    };
    ReferInquiryRequestDto: {
      /** @description the activities the school is referred to; required (and only allowed) for kind activities */
      activities?: (
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school'
      )[];
      /** @enum {string} */
      kind: 'activities' | 'outside-programme';
      /** @example Past goed bij Groeikracht. */
      notes?: string;
      /**
       * @description why outside the programme; required (and only allowed) for kind outside-programme
       * @enum {string}
       */
      reasonCode?: 'other-programme' | 'not-eligible' | 'no-capacity' | 'other';
      /**
       * Format: date
       * @description the day of the referral; today (Dutch time) when left out
       * @example 2025-03-10
       */
      referredOn?: string;
    };
    ReferralView: {
      /** @description when kind is activities */
      activities?: (
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school'
      )[];
      /** @enum {string} */
      kind: 'activities' | 'outside-programme';
      notes?: string;
      /**
       * @description when kind is outside-programme
       * @enum {string}
       */
      reasonCode?: 'other-programme' | 'not-eligible' | 'no-capacity' | 'other';
      /**
       * Format: date
       * @description null when the stored day cannot be shown
       * @example 2025-03-10
       */
      referredOn: string | null;
    };
    RegisterSchoolRequestDto: {
      /**
       * @description the school board (bevoegd gezag) number
       * @example 41234
       */
      boardNumber: string;
      /**
       * @description BRIN: two digits and two capital letters
       * @example 12AB
       */
      brin: string;
      /**
       * @description the location (vestiging) number
       * @example 01
       */
      location?: string;
      /** @example Utrecht */
      municipality: string;
      /** @example De Regenboog */
      name: string;
      /** @example Utrecht */
      province: string;
      /** @example 240 */
      pupilCount: number;
      /**
       * Format: date
       * @description the day of the registration; today (Dutch time) when left out
       * @example 2025-03-10
       */
      registeredOn?: string;
      /**
       * @description the school weight (schoolweging), when known
       * @example 31.5
       */
      schoolWeight?: number;
      /** @enum {string} */
      sector: 'PO' | 'VO';
      /** @description special (primary/secondary) education: SO, SBO or VSO */
      specialisedEducation: boolean;
      /** @description equal-access flag: many pupils from special target groups */
      specialTargetGroups: boolean;
      /** @description equal-access flag: the school performs weakly */
      weakPerforming: boolean;
    };
    RejectApplicationRequestDto: {
      /**
       * Format: date
       * @description the day of the decision; today (Dutch time) when left out
       * @example 2025-04-15
       */
      decidedOn?: string;
      /**
       * @description the reason as the events carry it
       * @enum {string}
       */
      reasonCode:
        'not-eligible' | 'budget-exhausted' | 'max-grants-reached' | 'incomplete' | 'no-fit-intake' | 'other';
      /**
       * @description the reason in words, for the school; stays in this service
       * @example De intake wees uit dat Groeikracht nu niet bij de school past.
       */
      reasonText: string;
    };
    RejectionView: {
      /** @enum {string} */
      reasonCode:
        'not-eligible' | 'budget-exhausted' | 'max-grants-reached' | 'incomplete' | 'no-fit-intake' | 'other';
      reasonText: string;
    };
    ReplaceActivityCatalogueRequestDto: {
      entries: components['schemas']['CatalogueEntryDto'][];
    };
    RequestInformationRequestDto: {
      /**
       * @description what the school is asked; stays in this service
       * @example Welke leerjaren doen mee, en hoe wordt het team vrijgeroosterd?
       */
      question: string;
      /**
       * Format: date
       * @description the day it was asked, from which the decision clock stands still; today (Dutch time) when left out
       * @example 2025-03-20
       */
      requestedOn?: string;
    };
    ResubmitApplicationRequestDto: {
      /**
       * Format: date
       * @description the day the information came in, when the clock resumes; today (Dutch time) when left out
       * @example 2025-03-27
       */
      resubmittedOn?: string;
      /**
       * @description the school's answer; stays in this service
       * @example Groep 5 tot en met 8 doen mee; het team krijgt twee studiedagen.
       */
      supplement?: string;
    };
    RoundGrantView: {
      amountCents: number;
      /** Format: uuid */
      applicationId: string;
    };
    RoundResponse: {
      activityAmounts: components['schemas']['ActivityAmountView'][];
      /** @description the budget, with the amounts asked by undecided applications as reservedCents */
      budget: components['schemas']['BudgetStatusView'];
      budgetCents: number;
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      changedAt: string;
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      closesAt: string;
      grants: components['schemas']['RoundGrantView'][];
      maxGrants: number;
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      opensAt: string;
      /** @enum {string} */
      phase: 'upcoming' | 'open' | 'closed';
      /** Format: uuid */
      roundId: string;
      /** @example 2025-2026 */
      schoolYear: string;
      undecidedApplications: number;
      version: number;
    };
    RoundResponseReadablePage: {
      items: components['schemas']['RoundResponse'][];
      page: number;
      pageSize: number;
      /** @description the length of the whole list */
      total: number;
      /** @description records left out because they cannot be shown (never paged; normally empty) */
      unreadable: components['schemas']['UnreadableRecordView'][];
    };
    SchoolProfileView: {
      /** @example 41234 */
      boardNumber: string;
      equalAccess: components['schemas']['EqualAccessView'];
      /** @example 01 */
      location?: string;
      /** @example Utrecht */
      municipality: string;
      /** @example De Regenboog */
      name: string;
      /** @example Utrecht */
      province: string;
      pupilCount: number;
      /** @example 31.5 */
      schoolWeight?: number;
      /** @enum {string} */
      sector: 'PO' | 'VO';
      specialisedEducation: boolean;
    };
    SchoolResponse: {
      /** @example 12AB */
      brin: string;
      /**
       * Format: date-time
       * @example 2025-03-10T09:30:00.000Z
       */
      changedAt: string;
      profile: components['schemas']['SchoolProfileView'];
      /**
       * Format: date
       * @description absent for schools registered before the day was kept
       * @example 2025-03-10
       */
      registeredOn?: string;
      /** @description the version of the school record, for the audit trail */
      version: number;
    };
    SchoolResponseReadablePage: {
      items: components['schemas']['SchoolResponse'][];
      page: number;
      pageSize: number;
      /** @description the length of the whole list */
      total: number;
      /** @description records left out because they cannot be shown (never paged; normally empty) */
      unreadable: components['schemas']['UnreadableRecordView'][];
    };
    SchoolTimelineResponse: {
      /** @example 12AB */
      brin: string;
      /** @description oldest first */
      entries: components['schemas']['TimelineEntry'][];
    };
    StartParticipationRequestDto: {
      /**
       * Format: date
       * @description the day the school started the activity; today (Dutch time) when left out
       * @example 2025-09-01
       */
      startedOn?: string;
    };
    StatusLabelsView: {
      /**
       * @description what staff see
       * @example Ingediend – wacht op beoordeling
       */
      internal: string;
      /**
       * @description what may be told to the school
       * @example Ingediend
       */
      school: string;
    };
    SubmitApplicationRequestDto: {
      /** @enum {string} */
      activity:
        | 'groeikracht'
        | 'de-transformatieve-school'
        | 'taallab-co-creating'
        | 'taallab-participating'
        | 'lerarenlab-co-creating'
        | 'lerarenlab-participating'
        | 'aspirant-expert-school'
        | 'development-school';
      /** @example 12AB */
      brin: string;
      /**
       * @description the school's own words; stays in this service
       * @example Wij willen een onderzoekscultuur opbouwen rond begrijpend lezen.
       */
      motivation: string;
      /**
       * @description euro cents
       * @example 3000000
       */
      requestedAmountCents: number;
      /** Format: uuid */
      roundId: string;
      /**
       * Format: date-time
       * @description when the school submitted it, ISO 8601 with a zone; now when left out. The round must have been open then, and first come, first served orders by it
       * @example 2025-03-03T09:30:00Z
       */
      submittedAt?: string;
    };
    SubsidyAmountRuleDto: {
      /**
       * @description fixed: the amount, in euro cents
       * @example 2500000
       */
      amountCents?: number;
      /**
       * @description per-pupil: euro cents per pupil
       * @example 5000
       */
      centsPerPupil?: number;
      /** @enum {string} */
      kind: 'fixed' | 'maximum' | 'per-pupil';
      /**
       * @description maximum and per-pupil: the most, in euro cents
       * @example 4000000
       */
      maxCents?: number;
    };
    SustainabilityView: {
      /**
       * Format: date
       * @example 2025-03-10
       */
      assessedOn: string;
      sustainableCulture: boolean;
    };
    TimelineEntry: {
      /**
       * @description the moment it happened (ISO 8601 UTC), for the steps recorded with one: an inquiry, an application
       * @example 2025-03-10T09:30:00.000Z
       */
      at?: string;
      /** @enum {string} */
      kind:
        | 'inquiry-received'
        | 'exploratory-conversation'
        | 'inquiry-referred'
        | 'inquiry-closed'
        | 'intake'
        | 'application-submitted'
        | 'information-requested'
        | 'application-resubmitted'
        | 'application-granted'
        | 'application-rejected'
        | 'application-withdrawn'
        | 'enrolled'
        | 'participation-started'
        | 'participation-completed'
        | 'participation-withdrawn'
        | 'sustainability-assessed'
        | 'expert-coach-trained';
      /**
       * @description the day it happened (YYYY-MM-DD, in Dutch time)
       * @example 2025-03-10
       */
      on: string;
      /** @description the record it belongs to: /inquiries/{id}, /subsidy-applications/{id}… */
      record: string;
      summary: string;
    };
    TrainedCoachView: {
      coachId: string;
      /**
       * Format: date
       * @example 2025-03-10
       */
      trainedOn: string;
    };
    UnreadableRecordView: {
      /**
       * @description the record's stream
       * @example inquiry:0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e01
       */
      id: string;
      /**
       * @description why it cannot be shown
       * @example Not a day: 10000-01-01
       */
      reason: string;
    };
    UpdateSchoolProfileRequestDto: {
      /**
       * @description the school board (bevoegd gezag) number
       * @example 41234
       */
      boardNumber?: string;
      /** @example Utrecht */
      municipality?: string;
      /** @example De Regenboog */
      name?: string;
      /** @example Utrecht */
      province?: string;
      /** @example 240 */
      pupilCount?: number;
      /**
       * @description the school weight (schoolweging), when known
       * @example 31.5
       */
      schoolWeight?: number;
      /** @enum {string} */
      sector?: 'PO' | 'VO';
      /** @description special (primary/secondary) education: SO, SBO or VSO */
      specialisedEducation?: boolean;
      /** @description equal-access flag: many pupils from special target groups */
      specialTargetGroups?: boolean;
      /** @description equal-access flag: the school performs weakly */
      weakPerforming?: boolean;
    };
    WithdrawalView: {
      notes?: string;
      /** @enum {string} */
      reasonCode: 'capacity' | 'leadership-change' | 'merger' | 'not-a-fit' | 'other';
      /**
       * Format: date
       * @example 2025-03-10
       */
      withdrawnOn: string;
    };
    WithdrawApplicationRequestDto: {
      /**
       * Format: date
       * @description the day the school withdrew it; today (Dutch time) when left out
       * @example 2025-03-25
       */
      withdrawnOn?: string;
    };
    WithdrawParticipationRequestDto: {
      /**
       * @description the reason in words, for staff: kept in this service, never in the event
       * @example Nieuwe directeur wil eerst de teamsamenstelling op orde brengen.
       */
      notes?: string;
      /**
       * @description why the school withdrew; the event carries it
       * @enum {string}
       */
      reasonCode: 'capacity' | 'leadership-change' | 'merger' | 'not-a-fit' | 'other';
      /**
       * Format: date
       * @description the day the school withdrew; today (Dutch time) when left out
       * @example 2025-11-15
       */
      withdrawnOn?: string;
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
  GetActivityCatalogueHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The catalogue in force; version 0 while the built-in default applies */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityCatalogueView'];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, pillar-team:enrolment, admin */
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
  ReplaceActivityCatalogueHttpController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceActivityCatalogueRequestDto'];
      };
    };
    responses: {
      /** @description The catalogue as saved, with its new version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityCatalogueView'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a field is missing or malformed */
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
      /** @description The current state refuses the request (someone was first, or it is too late for it); see `code` */
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
      /** @description CATALOGUE.INVALID: e.g. an activity listed twice or under the wrong pillar */
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
  GetAuditTrailHttpController_catalogue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every change, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntry'][];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description AUDIT.NOT_FOUND: the catalogue was never set */
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
  ImportsHttpController_start: {
    parameters: {
      query?: {
        /** @description true: check every row (shape, references, the rules in file order) and record nothing */
        dryRun?: boolean;
      };
      header?: {
        /** @description Sent again with the same request, the first answer is returned (with Idempotent-Replayed: true) and the command does not run twice; keys are per caller */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-ndjson': string;
      };
    };
    responses: {
      /** @description The import, started; its progress is at the Location */
      202: {
        headers: {
          /** @description /imports/{importId} */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResponse'];
        };
      };
      /** @description IMPORT.EMPTY: no rows; REQUEST.VALIDATION_FAILED: dryRun is no boolean */
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
      /** @description IDEMPOTENCY.IN_PROGRESS: a request with this Idempotency-Key is still running; retry */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.TOO_LARGE: more than 67108864 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description REQUEST.UNSUPPORTED_MEDIA_TYPE: not application/x-ndjson */
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
  ImportsHttpController_find: {
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
          'application/json': components['schemas']['ImportResponse'];
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
      /** @description The token has none of the roles: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description IMPORT.NOT_FOUND: no such import (or its report expired after a week) */
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
  ListInquiriesHttpController_list: {
    parameters: {
      query?: {
        /** @description only the inquiries of this registered school */
        brin?: string;
        page?: number;
        pageSize?: number;
        /** @description part of the BRIN or school name, any case */
        search?: string;
        status?: 'open' | 'conversation-held' | 'referred' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of inquiries, the most recently received first (those received at an unknown moment last, with `unknownDays` naming it); `unreadable` lists any that cannot be shown at all */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InquiryResponseReadablePage'];
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
      /** @description The token has none of the roles: helpdesk, admin */
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
  ReceiveInquiryHttpController_receive: {
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
        'application/json': components['schemas']['ReceiveInquiryRequestDto'];
      };
    };
    responses: {
      /** @description The inquiry, with the day its first response is due */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InquiryResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: e.g. neither brin nor schoolName, or received after today */
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SCHOOL.NOT_REGISTERED: the brin is not a registered school */
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
  GetInquiryHttpController_get: {
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
      /** @description The inquiry */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InquiryResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description INQUIRY.NOT_FOUND */
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
  GetAuditTrailHttpController_inquiry: {
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
      /** @description Every change, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntry'][];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
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
  CloseInquiryHttpController_close: {
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
        'application/json': components['schemas']['CloseInquiryRequestDto'];
      };
    };
    responses: {
      /** @description The closed inquiry */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InquiryResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description INQUIRY.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description INQUIRY.INVALID_TRANSITION: the inquiry is closed already */
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
      /** @description INQUIRY.OUTCOME_NOT_ALLOWED: referred is the outcome of a referred inquiry, and only of one */
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
  HoldExploratoryConversationHttpController_hold: {
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
        'application/json': components['schemas']['HoldExploratoryConversationRequestDto'];
      };
    };
    responses: {
      /** @description The inquiry with the conversation added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InquiryResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description INQUIRY.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description INQUIRY.INVALID_TRANSITION: the inquiry was referred or closed */
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
      /** @description INQUIRY.DATE_OUT_OF_ORDER: held before the inquiry came in */
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
  EraseInquiryContactHttpController_erase: {
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
        'application/json': components['schemas']['EraseInquiryContactRequestDto'];
      };
    };
    responses: {
      /** @description The inquiry without its contact person */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InquiryResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description INQUIRY.NOT_FOUND */
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
      /** @description INQUIRY.INVALID_ERASURE: a text to remove is too short */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description INQUIRY.ERASURE_PENDING: earlier versions wait for the relay (Kafka unreachable); repeat the request to finish */
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
  ReferInquiryHttpController_refer: {
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
        'application/json': components['schemas']['ReferInquiryRequestDto'];
      };
    };
    responses: {
      /** @description The inquiry with its referral */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InquiryResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description INQUIRY.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description INQUIRY.INVALID_TRANSITION: no exploratory conversation yet, or already referred or closed */
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
      /** @description INQUIRY.DATE_OUT_OF_ORDER: before the last conversation */
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
  ListOverdueInquiriesHttpController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description the day to judge on; today (Dutch time) when left out */
        today?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of overdue inquiries, the longest overdue first; `undated` lists the open ones received on an unknown day, `unreadable` any that cannot be shown at all */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverdueInquiriesPageResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
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
  CompleteIntakeHttpController_complete: {
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
        'application/json': components['schemas']['CompleteIntakeRequestDto'];
      };
    };
    responses: {
      /** @description The intake as recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResponse'];
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
      /** @description The token has none of the roles: pillar-team:enrolment, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SCHOOL.NOT_REGISTERED, or INQUIRY.NOT_FOUND for an inquiryId that does not exist */
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
  GetParticipationHttpController_get: {
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
      /** @description The participation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipationResponse'];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PARTICIPATION.NOT_FOUND */
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
  GetAuditTrailHttpController_participation: {
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
      /** @description Every change, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntry'][];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
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
  CompleteParticipationHttpController_complete: {
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
        'application/json': components['schemas']['CompleteParticipationRequestDto'];
      };
    };
    responses: {
      /** @description The participation, now completed */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipationResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PARTICIPATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PARTICIPATION.INVALID_TRANSITION: not active */
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
      /** @description PARTICIPATION.PUPIL_DEVELOPMENT_REQUIRED (an improvement-culture trajectory), PARTICIPATION.PUPIL_DEVELOPMENT_NOT_APPLICABLE (any other activity), PARTICIPATION.DATE_OUT_OF_ORDER */
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
  StartParticipationHttpController_start: {
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
        'application/json': components['schemas']['StartParticipationRequestDto'];
      };
    };
    responses: {
      /** @description The participation, now active */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipationResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PARTICIPATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PARTICIPATION.INVALID_TRANSITION: started, completed or withdrawn before */
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
      /** @description PARTICIPATION.DATE_OUT_OF_ORDER: before the enrolment */
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
  AssessSustainabilityHttpController_assess: {
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
        'application/json': components['schemas']['AssessSustainabilityRequestDto'];
      };
    };
    responses: {
      /** @description The participation with its assessment */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipationResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PARTICIPATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PARTICIPATION.ALREADY_ASSESSED */
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
      /** @description PARTICIPATION.ASSESSED_TOO_EARLY (within 12 months of completion), PARTICIPATION.NOT_COMPLETED, PARTICIPATION.NOT_IMPROVEMENT_CULTURE */
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
  RecordTrainedCoachHttpController_record: {
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
        'application/json': components['schemas']['RecordTrainedCoachRequestDto'];
      };
    };
    responses: {
      /** @description The participation with the coach added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipationResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PARTICIPATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PARTICIPATION.COACH_ALREADY_TRAINED */
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
      /** @description PARTICIPATION.NOT_IMPROVEMENT_CULTURE, PARTICIPATION.DATE_OUT_OF_ORDER (before the enrolment) */
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
  WithdrawParticipationHttpController_withdraw: {
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
        'application/json': components['schemas']['WithdrawParticipationRequestDto'];
      };
    };
    responses: {
      /** @description The participation, now withdrawn */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipationResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PARTICIPATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PARTICIPATION.INVALID_TRANSITION: completed or withdrawn before */
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
      /** @description PARTICIPATION.DATE_OUT_OF_ORDER: before the enrolment or start */
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
  ListSchoolsHttpController_list: {
    parameters: {
      query?: {
        boardNumber?: string;
        municipality?: string;
        page?: number;
        pageSize?: number;
        province?: string;
        /** @description part of the name or BRIN, any case */
        search?: string;
        sector?: 'PO' | 'VO';
        smallRegional?: boolean;
        specialisedEducation?: boolean;
        specialTargetGroups?: boolean;
        weakPerforming?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of schools, sorted by name; `unreadable` lists any that cannot be shown */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SchoolResponseReadablePage'];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, pillar-team:enrolment, admin */
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
  RegisterSchoolHttpController_register: {
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
        'application/json': components['schemas']['RegisterSchoolRequestDto'];
      };
    };
    responses: {
      /** @description The school as registered, with its derived equal-access flags */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SchoolResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
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
      /** @description SCHOOL.ALREADY_REGISTERED: a school with this BRIN exists */
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
  GetSchoolHttpController_get: {
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
      /** @description The school */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SchoolResponse'];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, pillar-team:enrolment, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SCHOOL.NOT_REGISTERED */
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
  UpdateSchoolProfileHttpController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        brin: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['UpdateSchoolProfileRequestDto'];
      };
    };
    responses: {
      /** @description The school after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SchoolResponse'];
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
      /** @description The token has none of the roles: helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SCHOOL.NOT_REGISTERED */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The current state refuses the request (someone was first, or it is too late for it); see `code` */
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
  GetAuditTrailHttpController_school: {
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
      /** @description Every change, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntry'][];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description AUDIT.NOT_FOUND: no such record */
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
  GetIntakeHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        activity:
          | 'groeikracht'
          | 'de-transformatieve-school'
          | 'taallab-co-creating'
          | 'taallab-participating'
          | 'lerarenlab-co-creating'
          | 'lerarenlab-participating'
          | 'aspirant-expert-school'
          | 'development-school';
        brin: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The intake */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResponse'];
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
      /** @description The token has none of the roles: pillar-team:enrolment, helpdesk, subsidy-officer, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description INTAKE.NOT_FOUND: no intake of this school for this activity */
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
  ListSchoolParticipationsHttpController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        brin: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of participations, earliest enrolment first; `unreadable` lists any that cannot be shown */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipationResponseReadablePage'];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SCHOOL.NOT_REGISTERED */
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
  GetSchoolTimelineHttpController_timeline: {
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
      /** @description The entries, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SchoolTimelineResponse'];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SCHOOL.NOT_REGISTERED */
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
  SubmitApplicationHttpController_submit: {
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
        'application/json': components['schemas']['SubmitApplicationRequestDto'];
      };
    };
    responses: {
      /** @description The application, with the day a decision is due */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a field is missing or malformed */
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
      /** @description The token has none of the roles: helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description SCHOOL.NOT_REGISTERED, ROUND.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.DUPLICATE: the school has a live application for the activity in the round */
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
      /** @description A rule of eligibility as it stood when the application was submitted: APPLICATION.ROUND_CLOSED, ACTIVITY_NOT_OFFERED, NO_EXPLORATORY_CONVERSATION, NO_FIT_INTAKE, DATE_OUT_OF_ORDER (a conversation or intake only after it), SECTOR_NOT_ALLOWED, AMOUNT_NOT_ALLOWED, MOTIVATION_REQUIRED */
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
  GetApplicationHttpController_get: {
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
      /** @description The application */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationResponse'];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.NOT_FOUND */
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
  GetAuditTrailHttpController_application: {
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
      /** @description Every change, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntry'][];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
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
  GrantApplicationHttpController_grant: {
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
        'application/json': components['schemas']['GrantApplicationRequestDto'];
      };
    };
    responses: {
      /** @description The granted application, its participation and what the round has left */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GrantResponse'];
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
      /** @description The token has none of the roles: subsidy-officer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.INVALID_TRANSITION: the application cannot be granted now (or was granted another amount); ROUND.BUDGET_EXHAUSTED, ROUND.MAX_GRANTS_REACHED: the round has no room for it; ROUND.ALREADY_GRANTED: another grant of the application, for another amount, is under way */
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
      /** @description APPLICATION.INVALID_GRANT_AMOUNT: more than asked; APPLICATION.DATE_OUT_OF_ORDER */
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
  RequestInformationHttpController_request: {
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
        'application/json': components['schemas']['RequestInformationRequestDto'];
      };
    };
    responses: {
      /** @description The application, waiting on the school */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationResponse'];
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
      /** @description The token has none of the roles: subsidy-officer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.INVALID_TRANSITION: decided, withdrawn, or already waiting on the school */
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
      /** @description APPLICATION.DATE_OUT_OF_ORDER: before the last step */
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
  RejectApplicationHttpController_reject: {
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
        'application/json': components['schemas']['RejectApplicationRequestDto'];
      };
    };
    responses: {
      /** @description The rejected application */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationResponse'];
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
      /** @description The token has none of the roles: subsidy-officer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.INVALID_TRANSITION: decided or withdrawn already */
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
      /** @description APPLICATION.REJECTION_TEXT_REQUIRED, APPLICATION.DATE_OUT_OF_ORDER */
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
  ResubmitApplicationHttpController_resubmit: {
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
        'application/json': components['schemas']['ResubmitApplicationRequestDto'];
      };
    };
    responses: {
      /** @description The application, back in assessment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationResponse'];
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
      /** @description The token has none of the roles: helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.INVALID_TRANSITION: no information was asked */
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
      /** @description APPLICATION.DATE_OUT_OF_ORDER: before the question */
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
  WithdrawApplicationHttpController_withdraw: {
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
        'application/json': components['schemas']['WithdrawApplicationRequestDto'];
      };
    };
    responses: {
      /** @description The withdrawn application */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationResponse'];
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
      /** @description The token has none of the roles: helpdesk */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description APPLICATION.INVALID_TRANSITION: decided or withdrawn already */
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
      /** @description APPLICATION.DATE_OUT_OF_ORDER: before the last step */
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
  ListOverdueApplicationsHttpController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description only the applications of this round */
        roundId?: string;
        /** @description the day to judge on; today (Dutch time) when left out */
        today?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of overdue applications, the longest overdue first; `unreadable` lists any that cannot be shown */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverdueApplicationResponseReadablePage'];
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
      /** @description The token has none of the roles: subsidy-officer, helpdesk, admin */
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
  ListSubsidyRoundsHttpController_list: {
    parameters: {
      query?: {
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
      /** @description A page of rounds, the latest to open first; `unreadable` lists any that cannot be shown */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundResponseReadablePage'];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
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
  OpenSubsidyRoundHttpController_open: {
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
        'application/json': components['schemas']['OpenSubsidyRoundRequestDto'];
      };
    };
    responses: {
      /** @description The round, with its untouched budget */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a field is missing or malformed */
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
      /** @description ROUND.INVALID_PERIOD: it closes before it opens; ROUND.INVALID_ACTIVITY_AMOUNTS: an activity twice */
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
  GetSubsidyRoundHttpController_get: {
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
      /** @description The round */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundResponse'];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ROUND.NOT_FOUND */
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
  ListRoundApplicationsHttpController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description true: only the applications to assess (submitted or resubmitted), in the order they are to be assessed */
        queue?: boolean;
        status?: 'submitted' | 'information-requested' | 'resubmitted' | 'granted' | 'rejected' | 'withdrawn';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of applications, the first to arrive first; `unreadable` lists any that cannot be shown */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationResponseReadablePage'];
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
      /** @description The token has none of the roles: subsidy-officer, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description ROUND.NOT_FOUND */
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
  GetAuditTrailHttpController_round: {
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
      /** @description Every change, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntry'][];
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
      /** @description The token has none of the roles: helpdesk, subsidy-officer, admin */
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
}
