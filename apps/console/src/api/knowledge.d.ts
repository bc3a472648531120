// Generated from the knowledge service's OpenAPI document by `npm run console:clients`; do not edit.
export interface paths {
  '/gatherings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The gatherings held, by day, optionally of one kind */
    get: operations['ListGatheringsHttpController_list'];
    put?: never;
    /** Record a national congress, webinar or network meeting that was held; publishes CongressHeld */
    post: operations['RecordGatheringHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/gatherings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A gathering the NRO held */
    get: operations['GetGatheringHttpController_get'];
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
  '/kennisrotonde/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Questions answered, and the extra ones from participating schools, per calendar year (the seed expects 10 in 2023, 20 in 2024, 30 in 2025, 40 to August 2026) */
    get: operations['GetAnsweredCountsHttpController_counts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open questions past the service norm (KENNISROTONDE_NORM_WORKING_DAYS working days), longest overdue first */
    get: operations['ListOverdueQuestionsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/participating-schools/{brin}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether a school takes part in the programme, as this service learned it from enrolment's events */
    get: operations['GetParticipatingSchoolHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a question to the Kennisrotonde; a school that takes part in the programme gets priority. Publishes KennisrotondeQuestionReceived (without the asker's name, e-mail or the question) */
    post: operations['ReceiveQuestionHttpController_receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/questions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A Kennisrotonde question with its asker, answer and standing against the norm */
    get: operations['GetQuestionHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/questions/{id}/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a received question on */
    post: operations['AcceptQuestionHttpController_change'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/questions/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the answer of the assigned broker; publishes KennisrotondeQuestionAnswered with whether it met the norm */
    post: operations['AnswerQuestionHttpController_change'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/questions/{id}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign an accepted question to a knowledge broker, or hand it on to another */
    post: operations['AssignQuestionHttpController_change'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/questions/{id}/declination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline a received question, e.g. as out of scope, with a reason */
    post: operations['DeclineQuestionHttpController_change'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/questions/{id}/erase-asker': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase who asked on request: their name and e-mail, and free text that names them, from every version of the case and from kept answers; the case and every count stay. Publishes nothing */
    post: operations['EraseAskerHttpController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/questions/{id}/non-publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Keep an answer for the asker only */
    post: operations['KeepAnswerUnpublishedHttpController_change'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/questions/{id}/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish an answer: it becomes a knowledge product of type kennisrotonde-answer (a draft that goes through review; outcome.productId names it). Publishes KennisrotondeAnswerPublished */
    post: operations['PublishAnswerHttpController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/questions/{id}/redirection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Point the asker to an existing answer: a published knowledge product */
    post: operations['RedirectQuestionHttpController_redirect'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kennisrotonde/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The open questions in the order brokers take them: those of participating schools first, then oldest first */
    get: operations['ListQuestionQueueHttpController_list'];
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
  '/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every product in any status (drafts too), oldest first, by status and type */
    get: operations['ListProductsHttpController_list'];
    put?: never;
    /** Start a knowledge product as a draft (nothing is published yet) */
    post: operations['CreateProductHttpController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product as the editors see it: its working copy, published version, versions, reviews and evidence */
    get: operations['GetProductHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an assessment of an intervention; it holds ASSESSMENT_VALID_YEARS years, then shows as expired. Publishes InterventionAssessed */
    post: operations['AssessInterventionHttpController_assess'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Write the working copy: the draft of a new product, or a revision of a published one (which stays visible) */
    put: operations['EditProductHttpController_edit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product's average rating overall, per KPI role group and per respondent role */
    get: operations['GetProductRatingsHttpController_get'];
    put?: never;
    /** Record a respondent's 1-10 rating of a published product; publishes KnowledgeProductRated */
    post: operations['RateProductHttpController_rate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}/retirement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a published product offline with a reason code; publishes KnowledgeProductRetired */
    post: operations['RetireProductHttpController_retire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the quality committee's decision: approved publishes the version (KnowledgeProductPublished, or KnowledgeProductRevised for a revision); changes requested sends it back to draft with the reasons */
    post: operations['ReviewProductHttpController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}/submission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand the working copy to the quality committee */
    post: operations['SubmitProductHttpController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}/uses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The recorded uses of a product by schools, by day */
    get: operations['ListProductUsesHttpController_list'];
    put?: never;
    /** Record that a school used a published product effectively; publishes KnowledgeProductUsed */
    post: operations['RecordProductUseHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the published products, for anyone (no token): Dutch text (stemmed, accents folded), filters by type, theme, sector, pillar code and evidence level, relevance-ranked, with facet counts and pages */
    get: operations['SearchProductsHttpController_search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published product, for anyone (no token): its published version only. A draft, a product in review and a retired one are not found, so their existence does not leak */
    get: operations['GetPublicProductHttpController_get'];
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
    AcceptQuestionRequestDto: {
      /**
       * Format: date
       * @description the day of this step; today when left out
       */
      acceptedOn?: string;
    };
    AnsweredCountsResponse: {
      answered: number;
      /** @description per calendar year of the answer */
      byYear: components['schemas']['YearCounts'][];
      extraFromParticipatingSchools: number;
    };
    AnswerQuestionRequestDto: {
      /**
       * Format: date
       * @description the day of this step; today when left out
       */
      answeredOn?: string;
      sources: components['schemas']['SourceLinkDto'][];
      /** @description the broker's answer from the literature, Markdown */
      text: string;
    };
    AskerDto: {
      /** @example f.elamrani@school.example */
      email: string;
      /** @example Fatima El Amrani */
      name: string;
      /** @enum {string} */
      role: 'teacher' | 'school-leader' | 'school' | 'other-education-professional';
    };
    AskerResponse: {
      /** @description personal data: shown to staff, never published; absent once erased */
      email?: string;
      /** @description personal data: shown to staff, never published; absent once erased */
      name?: string;
      /** @enum {string} */
      role: 'teacher' | 'school-leader' | 'school' | 'other-education-professional';
    };
    AssessInterventionRequestDto: {
      /**
       * Format: date
       * @description the day of the assessment; today when left out
       */
      assessedOn?: string;
      /**
       * @description code of the assessing body
       * @example nro-erkenningscommissie
       */
      assessorBody: string;
      /** @enum {string} */
      costIndication: 'low' | 'medium' | 'high' | 'unknown';
      /**
       * @description Cohen's d where the assessment found one
       * @example 0.25
       */
      effectSize?: number;
      /** @enum {string} */
      evidenceLevel:
        | 'proven-effective'
        | 'promising'
        | 'theoretically-sound'
        | 'not-found-effective'
        | 'insufficient-evidence';
      sectors: ('PO' | 'VO' | 'SO')[];
      /** @enum {string} */
      targetGroup: 'pupils' | 'teachers' | 'school-leaders' | 'parents' | 'whole-school';
    };
    AssessmentResponse: {
      /** Format: date */
      assessedOn: string;
      /** Format: uuid */
      assessmentId: string;
      assessorBody: string;
      costIndication: Record<string, never>;
      effectSize?: number;
      /** @enum {string} */
      evidenceLevel:
        | 'proven-effective'
        | 'promising'
        | 'theoretically-sound'
        | 'not-found-effective'
        | 'insufficient-evidence';
      sectors: ('PO' | 'VO' | 'SO')[];
      /** @enum {string} */
      status: 'valid' | 'expired';
      targetGroup: Record<string, never>;
      /** Format: date */
      validUntil: string;
    };
    AssignQuestionRequestDto: {
      /**
       * Format: date
       * @description the day of this step; today when left out
       */
      assignedOn?: string;
      /**
       * @description the knowledge broker's staff id
       * @example broker-7
       */
      brokerId: string;
    };
    CaseResponse: {
      /** Format: date */
      acceptedOn?: string;
      answer?: Record<string, never>;
      asker: components['schemas']['AskerResponse'];
      /**
       * Format: date
       * @description the day the asker's name and e-mail were erased on request
       */
      askerErasedOn?: string;
      assignment?: Record<string, never>;
      /** @example 12AB */
      brin?: string;
      /** Format: uuid */
      caseId: string;
      daysOverdue: number;
      declined?: Record<string, never>;
      /**
       * Format: date
       * @description the last day of the service norm
       */
      dueOn: string;
      /** @description published as, or redirected to, a knowledge product; or kept unpublished */
      outcome?: Record<string, never>;
      /** @description still open after its due day */
      overdue: boolean;
      /** @description the school took part in the programme when the question came in */
      priority: boolean;
      question: string;
      /** Format: date-time */
      receivedAt: string;
      /** Format: date */
      receivedOn: string;
      /** @enum {string} */
      status:
        | 'received'
        | 'accepted'
        | 'declined'
        | 'assigned'
        | 'answered'
        | 'published'
        | 'kept-unpublished'
        | 'redirected';
      version: number;
      workingDaysOverdue: number;
    };
    CoCreationCountsDto: {
      /** @example 2 */
      researchers: number;
      /** @example 1 */
      schoolLeaders: number;
      /** @example 1 */
      teacherEducators: number;
      /** @example 3 */
      teachers: number;
    };
    CreateProductRequestDto: {
      /**
       * @description the text, Markdown
       * @example ## Wat werkt
       *
       *     Directe instructie van woorden…
       */
      body: string;
      /** @description how many people of each role made this version */
      coCreation: components['schemas']['CoCreationCountsDto'];
      /**
       * @description codes of the seven pillars (seed 002)
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
      /**
       * @example theme-page
       * @enum {string}
       */
      productType:
        | 'theme-page'
        | 'guideline'
        | 'meta-review'
        | 'intervention'
        | 'practice-card'
        | 'toolkit'
        | 'kennisrotonde-answer';
      /**
       * @example [
       *       "PO",
       *       "VO"
       *     ]
       */
      sectors: ('PO' | 'VO' | 'SO')[];
      sources: components['schemas']['SourceLinkDto'][];
      /** @example Wat we uit onderzoek weten over woordenschatonderwijs in het po en vo. */
      summary: string;
      /**
       * @example [
       *       "woordenschat",
       *       "taal-en-lezen"
       *     ]
       */
      themes: string[];
      /** @example Woordenschatonderwijs */
      title: string;
    };
    DeclineQuestionRequestDto: {
      /**
       * Format: date
       * @description the day of this step; today when left out
       */
      declinedOn?: string;
      /** @description a note for the asker; stays in this service */
      reason?: string;
      /** @enum {string} */
      reasonCode: 'out-of-scope' | 'insufficient-information' | 'duplicate';
    };
    EraseAskerRequestDto: {
      /**
       * @description texts (the person as staff or the asker wrote them) to replace by "[verwijderd]" in the question, the answer and a declination note, in every version
       * @example [
       *       "Fatima El Amrani",
       *       "mevrouw El Amrani"
       *     ]
       */
      alsoRemove?: string[];
    };
    EvidenceResponse: {
      /** Format: date */
      assessedOn: string;
      /** @enum {string} */
      evidenceLevel:
        | 'proven-effective'
        | 'promising'
        | 'theoretically-sound'
        | 'not-found-effective'
        | 'insufficient-evidence';
      /** @enum {string} */
      status: 'valid' | 'expired';
      /**
       * Format: date
       * @description the last day the assessment holds
       */
      validUntil: string;
    };
    FacetCountResponse: {
      count: number;
      value: string;
    };
    FacetsResponse: {
      /** @description interventions with valid evidence, per level */
      evidenceLevel: components['schemas']['FacetCountResponse'][];
      /** @description per pillar P1…P7, sub-aspects counted with it */
      pillars: components['schemas']['FacetCountResponse'][];
      productType: components['schemas']['FacetCountResponse'][];
      sectors: components['schemas']['FacetCountResponse'][];
      themes: components['schemas']['FacetCountResponse'][];
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
    GatheringResponse: {
      attendees: number;
      averageRating?: number;
      /** Format: uuid */
      gatheringId: string;
      /** Format: date */
      heldOn: string;
      /** @enum {string} */
      kind: 'national-congress' | 'webinar' | 'network-meeting';
      themes: string[];
      title: string;
    };
    KeepAnswerUnpublishedRequestDto: {
      /**
       * Format: date
       * @description the day of this step; today when left out
       */
      decidedOn?: string;
    };
    ParticipatingSchoolResponse: {
      /** @example 12AB */
      brin: string;
      /** @description the enrolments the enrolment events told of */
      enrolments: string[];
      /** @description an enrolment it did not withdraw from: its questions get priority */
      participating: boolean;
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
    ProductContentDto: {
      /**
       * @description the text, Markdown
       * @example ## Wat werkt
       *
       *     Directe instructie van woorden…
       */
      body: string;
      /** @description how many people of each role made this version */
      coCreation: components['schemas']['CoCreationCountsDto'];
      /**
       * @description codes of the seven pillars (seed 002)
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
      /**
       * @example [
       *       "PO",
       *       "VO"
       *     ]
       */
      sectors: ('PO' | 'VO' | 'SO')[];
      sources: components['schemas']['SourceLinkDto'][];
      /** @example Wat we uit onderzoek weten over woordenschatonderwijs in het po en vo. */
      summary: string;
      /**
       * @example [
       *       "woordenschat",
       *       "taal-en-lezen"
       *     ]
       */
      themes: string[];
      /** @example Woordenschatonderwijs */
      title: string;
    };
    ProductResponse: {
      assessments: components['schemas']['AssessmentResponse'][];
      /**
       * Format: uuid
       * @description the Kennisrotonde case a Kennisrotonde answer comes from
       */
      caseId?: string;
      /** Format: date */
      createdOn: string;
      evidence?: components['schemas']['EvidenceResponse'];
      /** Format: uuid */
      productId: string;
      /** @enum {string} */
      productType:
        | 'theme-page'
        | 'guideline'
        | 'meta-review'
        | 'intervention'
        | 'practice-card'
        | 'toolkit'
        | 'kennisrotonde-answer';
      /** @description what the public sees, once published */
      published?: components['schemas']['PublicProductResponse'];
      retired?: Record<string, never>;
      /** @description the quality committee's decisions, with reasons */
      reviews: string[];
      /** @enum {string} */
      status: 'draft' | 'in-review' | 'published' | 'retired';
      /** @description the version of the stored record, for audit */
      version: number;
      /** @description every published version, oldest first */
      versions: components['schemas']['VersionSummary'][];
      /** @description the version the editors work on: a draft, or a revision in review */
      workingCopy?: Record<string, never>;
    };
    PublicProductResponse: {
      /** @description Markdown */
      body: string;
      coCreation: components['schemas']['CoCreationCountsDto'];
      /** @description interventions only, once assessed */
      evidence?: components['schemas']['EvidenceResponse'];
      /**
       * Format: date
       * @description the day the product was first published
       */
      firstPublishedOn: string;
      /**
       * @example [
       *       "P3.A"
       *     ]
       */
      pillarCodes: string[];
      /** Format: uuid */
      productId: string;
      /** @enum {string} */
      productType:
        | 'theme-page'
        | 'guideline'
        | 'meta-review'
        | 'intervention'
        | 'practice-card'
        | 'toolkit'
        | 'kennisrotonde-answer';
      /**
       * Format: date
       * @description the day this version was published
       */
      publishedOn: string;
      /**
       * @description the number of the published version
       * @example 1
       */
      revision: number;
      sectors: ('PO' | 'VO' | 'SO')[];
      sources: components['schemas']['SourceLinkDto'][];
      summary: string;
      themes: string[];
      title: string;
    };
    PublishAnswerRequestDto: {
      /** @description who helped write it; none when left out */
      coCreation?: components['schemas']['CoCreationCountsDto'];
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
       * Format: date
       * @description the day of the decision to publish; today when left out
       */
      publishedOn?: string;
      sectors: ('PO' | 'VO' | 'SO')[];
      /** @example Ja, mits de leraar het expliciet voordoet. */
      summary: string;
      /**
       * @example [
       *       "begrijpend-lezen"
       *     ]
       */
      themes: string[];
      /** @example Werkt hardop denken bij begrijpend lezen? */
      title: string;
    };
    RateProductRequestDto: {
      /** @description stays in this service; never published */
      comment?: string;
      /**
       * Format: date
       * @description the day of the rating; today when left out
       */
      ratedOn?: string;
      /** @enum {string} */
      respondentRole:
        'teacher' | 'school-leader' | 'teacher-educator' | 'other-education-professional' | 'board-member';
      /** @example 8 */
      score: number;
    };
    RatingAverageResponse: {
      /** @description one decimal; null without ratings */
      average: number | null;
      count: number;
    };
    RatingResponse: {
      comment?: string;
      /** Format: uuid */
      productId: string;
      /** Format: date */
      ratedOn: string;
      /** Format: uuid */
      ratingId: string;
      /** @enum {string} */
      respondentRole:
        'teacher' | 'school-leader' | 'teacher-educator' | 'other-education-professional' | 'board-member';
      /** @enum {string} */
      roleGroup: 'teachers-and-school-leaders' | 'other-professionals';
      score: number;
    };
    RatingSummaryResponse: {
      /** @description per respondent role that rated it */
      byRole: Record<string, never>;
      byRoleGroup: components['schemas']['RoleGroupAverages'];
      overall: components['schemas']['RatingAverageResponse'];
      /** Format: uuid */
      productId: string;
    };
    ReceiveQuestionRequestDto: {
      asker: components['schemas']['AskerDto'];
      /**
       * @description the school, when the asker gives it
       * @example 12AB
       */
      brin?: string;
      /** @example Wat werkt bij het aanleren van woordenschat aan nieuwkomers? */
      question: string;
      /**
       * Format: date-time
       * @description when it came in, ISO 8601 with a zone; now when left out
       * @example 2025-03-03T09:30:00Z
       */
      receivedAt?: string;
    };
    RecordGatheringRequestDto: {
      /** @example 900 */
      attendees: number;
      /**
       * @description the attendees' average rating
       * @example 8
       */
      averageRating?: number;
      /**
       * Format: date
       * @example 2023-11-08
       */
      heldOn: string;
      /** @enum {string} */
      kind: 'national-congress' | 'webinar' | 'network-meeting';
      /**
       * @example [
       *       "woordenschat",
       *       "meertaligheid"
       *     ]
       */
      themes: string[];
      /** @example NRO-congres 2023 */
      title: string;
    };
    RecordProductUseRequestDto: {
      /**
       * @description BRIN of the school that used the product effectively
       * @example 12AB
       */
      brin: string;
      /**
       * @description the school's sector, when known
       * @enum {string}
       */
      sector?: 'PO' | 'VO';
      /**
       * @description how the use became known
       * @enum {string}
       */
      source: 'survey' | 'trajectory' | 'lab' | 'expert-school';
      /**
       * Format: date
       * @description the day of the use; today when left out
       */
      usedOn?: string;
    };
    RedirectQuestionRequestDto: {
      /**
       * Format: uuid
       * @description the published knowledge product that already answers it
       */
      productId: string;
      /**
       * Format: date
       * @description the day of the redirection; today when left out
       */
      redirectedOn?: string;
    };
    RetireProductRequestDto: {
      /** @enum {string} */
      reasonCode: 'outdated' | 'superseded' | 'evidence-withdrawn' | 'other';
      /**
       * Format: date
       * @description the day it went offline; today when left out
       */
      retiredOn?: string;
    };
    ReviewProductRequestDto: {
      /**
       * Format: date
       * @description the day of the decision; today when left out
       */
      decidedOn?: string;
      /** @enum {string} */
      decision: 'approved' | 'changes-requested';
      /**
       * @description the committee's reasons; at least one when it asks for changes
       * @example [
       *       "De aanbevelingen missen bronnen voor het vo"
       *     ]
       */
      reasons: string[];
    };
    RoleGroupAverages: {
      'other-professionals': components['schemas']['RatingAverageResponse'];
      'teachers-and-school-leaders': components['schemas']['RatingAverageResponse'];
    };
    SearchHitResponse: {
      evidence?: components['schemas']['EvidenceResponse'];
      pillarCodes: string[];
      /** Format: uuid */
      productId: string;
      /** @enum {string} */
      productType:
        | 'theme-page'
        | 'guideline'
        | 'meta-review'
        | 'intervention'
        | 'practice-card'
        | 'toolkit'
        | 'kennisrotonde-answer';
      /** Format: date */
      publishedOn: string;
      revision: number;
      /** @description relevance, with a text query */
      score?: number;
      sectors: ('PO' | 'VO' | 'SO')[];
      summary: string;
      themes: string[];
      title: string;
    };
    SearchResponse: {
      /** @description counts over every match, not only this page */
      facets: components['schemas']['FacetsResponse'];
      items: components['schemas']['SearchHitResponse'][];
      page: number;
      pageSize: number;
      /** @description how many products match in all */
      total: number;
    };
    SourceLinkDto: {
      /** @example Meta-analyse woordenschatinstructie (2019) */
      title: string;
      /** @example https://www.nro.nl/onderzoeksprojecten/woordenschat */
      url: string;
    };
    SubmitProductRequestDto: {
      /**
       * Format: date
       * @description the day it went to the committee; today when left out
       */
      submittedOn?: string;
    };
    UseResponse: {
      /** @example 12AB */
      brin: string;
      /** Format: uuid */
      productId: string;
      /** @enum {string} */
      productType:
        | 'theme-page'
        | 'guideline'
        | 'meta-review'
        | 'intervention'
        | 'practice-card'
        | 'toolkit'
        | 'kennisrotonde-answer';
      /** @enum {string} */
      sector?: 'PO' | 'VO';
      /** @enum {string} */
      source: 'survey' | 'trajectory' | 'lab' | 'expert-school';
      /** Format: date */
      usedOn: string;
      /** Format: uuid */
      useId: string;
    };
    VersionSummary: {
      /** Format: date */
      publishedOn: string;
      revision: number;
      title: string;
    };
    YearCounts: {
      answered: number;
      /** @description answered questions from schools that take part in the programme */
      extraFromParticipatingSchools: number;
      /** @example 2024 */
      year: string;
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
  ListGatheringsHttpController_list: {
    parameters: {
      query?: {
        kind?: 'national-congress' | 'webinar' | 'network-meeting';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of gatherings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description The token has none of the roles: pillar-team:knowledge, helpdesk, admin */
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
  RecordGatheringHttpController_record: {
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
        'application/json': components['schemas']['RecordGatheringRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GatheringResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, e.g. a day after today */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
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
  GetGatheringHttpController_get: {
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
          'application/json': components['schemas']['GatheringResponse'];
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
      /** @description The token has none of the roles: pillar-team:knowledge, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description GATHERING.NOT_FOUND */
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
  GetAnsweredCountsHttpController_counts: {
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
          'application/json': components['schemas']['AnsweredCountsResponse'];
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
      /** @description The token has none of the roles: pillar-team:knowledge, helpdesk, admin */
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
  ListOverdueQuestionsHttpController_list: {
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
      /** @description A page of overdue questions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description The token has none of the roles: pillar-team:knowledge, helpdesk, admin */
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
  GetParticipatingSchoolHttpController_get: {
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
      /** @description participating: false for a school never enrolled */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipatingSchoolResponse'];
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
      /** @description The token has none of the roles: pillar-team:knowledge, helpdesk, admin */
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
  ReceiveQuestionHttpController_receive: {
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
        'application/json': components['schemas']['ReceiveQuestionRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
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
  GetQuestionHttpController_get: {
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
          'application/json': components['schemas']['CaseResponse'];
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
      /** @description The token has none of the roles: pillar-team:knowledge, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.NOT_FOUND */
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
  AcceptQuestionHttpController_change: {
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
        'application/json': components['schemas']['AcceptQuestionRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.INVALID_TRANSITION: only a received question is accepted */
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
      /** @description CASE.DAY_OUT_OF_ORDER: dated before the question came in */
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
  AnswerQuestionHttpController_change: {
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
        'application/json': components['schemas']['AnswerQuestionRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.INVALID_TRANSITION: only an assigned question is answered */
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
      /** @description CASE.DAY_OUT_OF_ORDER: dated before the question came in */
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
  AssignQuestionHttpController_change: {
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
        'application/json': components['schemas']['AssignQuestionRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.INVALID_TRANSITION: only an accepted or assigned question is assigned */
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
      /** @description CASE.DAY_OUT_OF_ORDER: dated before the question came in */
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
  DeclineQuestionHttpController_change: {
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
        'application/json': components['schemas']['DeclineQuestionRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.INVALID_TRANSITION: only a received question is declined */
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
      /** @description CASE.DAY_OUT_OF_ORDER: dated before the question came in */
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
  EraseAskerHttpController_erase: {
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
        'application/json': components['schemas']['EraseAskerRequestDto'];
      };
    };
    responses: {
      /** @description The case without the asker */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.NOT_FOUND */
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
      /** @description CASE.INVALID_ERASURE: a text to remove is too short */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.ERASURE_PENDING: earlier versions wait for the relay (Kafka unreachable); repeat the request to finish */
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
  KeepAnswerUnpublishedHttpController_change: {
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
        'application/json': components['schemas']['KeepAnswerUnpublishedRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.INVALID_TRANSITION: only an answered question is kept unpublished */
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
      /** @description CASE.DAY_OUT_OF_ORDER: dated before the question came in */
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
  PublishAnswerHttpController_publish: {
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
        'application/json': components['schemas']['PublishAnswerRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.INVALID_TRANSITION: only an answered question is published */
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
      /** @description CASE.DAY_OUT_OF_ORDER */
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
  RedirectQuestionHttpController_redirect: {
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
        'application/json': components['schemas']['RedirectQuestionRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.NOT_FOUND or PRODUCT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CASE.INVALID_TRANSITION or PRODUCT.NOT_PUBLISHED */
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
      /** @description CASE.DAY_OUT_OF_ORDER */
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
  ListQuestionQueueHttpController_list: {
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
      /** @description A page of open questions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description The token has none of the roles: pillar-team:knowledge, helpdesk, admin */
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
  ListProductsHttpController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        productType?:
          | 'theme-page'
          | 'guideline'
          | 'meta-review'
          | 'intervention'
          | 'practice-card'
          | 'toolkit'
          | 'kennisrotonde-answer';
        status?: 'draft' | 'in-review' | 'published' | 'retired';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of products as the editors see them */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description The token has none of the roles: pillar-team:knowledge, helpdesk, admin */
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
  CreateProductHttpController_create: {
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
        'application/json': components['schemas']['CreateProductRequestDto'];
      };
    };
    responses: {
      /** @description The draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
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
  GetProductHttpController_get: {
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
          'application/json': components['schemas']['ProductResponse'];
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
      /** @description The token has none of the roles: pillar-team:knowledge, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_FOUND */
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
  AssessInterventionHttpController_assess: {
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
        'application/json': components['schemas']['AssessInterventionRequestDto'];
      };
    };
    responses: {
      /** @description The intervention with all its assessments */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_AN_INTERVENTION or PRODUCT.RETIRED */
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
  EditProductHttpController_edit: {
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
        'application/json': components['schemas']['ProductContentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.IN_REVIEW or PRODUCT.RETIRED */
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
  GetProductRatingsHttpController_get: {
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
          'application/json': components['schemas']['RatingSummaryResponse'];
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
      /** @description The token has none of the roles: pillar-team:knowledge, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_FOUND */
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
  RateProductHttpController_rate: {
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
        'application/json': components['schemas']['RateProductRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, e.g. a score outside 1-10 */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_PUBLISHED */
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
  RetireProductHttpController_retire: {
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
        'application/json': components['schemas']['RetireProductRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_PUBLISHED or PRODUCT.RETIRED */
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
      /** @description PRODUCT.DAY_OUT_OF_ORDER */
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
  ReviewProductHttpController_review: {
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
        'application/json': components['schemas']['ReviewProductRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_IN_REVIEW or PRODUCT.RETIRED */
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
      /** @description PRODUCT.REASONS_REQUIRED or PRODUCT.DAY_OUT_OF_ORDER */
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
  SubmitProductHttpController_submit: {
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
        'application/json': components['schemas']['SubmitProductRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, e.g. a day after today */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.IN_REVIEW, PRODUCT.NOTHING_TO_SUBMIT or PRODUCT.RETIRED */
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
      /** @description PRODUCT.DAY_OUT_OF_ORDER */
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
  ListProductUsesHttpController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of uses */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description The token has none of the roles: pillar-team:knowledge, helpdesk, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_FOUND */
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
  RecordProductUseHttpController_record: {
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
        'application/json': components['schemas']['RecordProductUseRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UseResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED, with the failing fields */
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
      /** @description The token has none of the roles: pillar-team:knowledge */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description PRODUCT.NOT_PUBLISHED, or USE.ALREADY_RECORDED for the same school, product, day and source */
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
  SearchProductsHttpController_search: {
    parameters: {
      query?: {
        /** @description interventions with valid evidence */
        evidenceLevel?: (
          | 'proven-effective'
          | 'promising'
          | 'theoretically-sound'
          | 'not-found-effective'
          | 'insufficient-evidence'
        )[];
        page?: number;
        pageSize?: number;
        /** @description a pillar (P3) matches its sub-aspects too */
        pillarCode?: string[];
        productType?: (
          | 'theme-page'
          | 'guideline'
          | 'meta-review'
          | 'intervention'
          | 'practice-card'
          | 'toolkit'
          | 'kennisrotonde-answer'
        )[];
        /** @description Dutch words; stemmed, accents folded */
        q?: string;
        sector?: ('PO' | 'VO' | 'SO')[];
        theme?: string[];
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
          'application/json': components['schemas']['SearchResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: a filter or page that is not one the search knows, named in `errors` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description REQUEST.TOO_MANY: more than PUBLIC_READ_LIMIT reads in the window */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetPublicProductHttpController_get: {
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
          'application/json': components['schemas']['PublicProductResponse'];
        };
      };
      /** @description REQUEST.VALIDATION_FAILED: the id is not a uuid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description PRODUCT.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description REQUEST.TOO_MANY: more than PUBLIC_READ_LIMIT reads in the window */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
