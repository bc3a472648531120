import {
  acceptQuestion,
  answerQuestion,
  assignQuestion,
  type CaseState,
  declineQuestion,
  eraseAsker,
  keepUnpublished,
  publishAnswer,
  receiveQuestion,
  redirectQuestion,
  withoutAsker,
} from './kennisrotonde-case.entity';

const NORM = { workingDays: 15, holidays: [] };
const ASKER = { name: 'Fatima El Amrani', email: 'f.elamrani@school.example', role: 'teacher' as const };

function received(priority = true): CaseState {
  return receiveQuestion(undefined, {
    caseId: 'c-1',
    asker: ASKER,
    brin: '12AB',
    question: 'Werkt hardop denken bij begrijpend lezen?',
    receivedAt: new Date('2025-03-03T09:00:00Z'),
    priority,
  }).state;
}

const assigned = (): CaseState =>
  assignQuestion(acceptQuestion(received(), { acceptedOn: '2025-03-04' }).state, {
    brokerId: 'broker-7',
    assignedOn: '2025-03-05',
  }).state;

const answered = (answeredOn = '2025-03-20'): CaseState =>
  answerQuestion(assigned(), {
    text: 'Ja, mits expliciet gemodelleerd.',
    sources: [{ title: 'Review', url: 'https://example.org/review' }],
    answeredOn,
    norm: NORM,
  }).state;

describe('a Kennisrotonde question', () => {
  it('comes in with its priority; the asker and the question stay out of the event', () => {
    const decision = receiveQuestion(undefined, {
      caseId: 'c-1',
      asker: ASKER,
      brin: '12AB',
      question: 'Werkt hardop denken bij begrijpend lezen?',
      receivedAt: new Date('2025-03-02T23:30:00Z'),
      priority: true,
    });

    // 23:30 UTC on 2 March is 3 March in Dutch time.
    expect(decision.state).toMatchObject({ status: 'received', receivedOn: '2025-03-03', asker: ASKER });
    expect(decision.events).toEqual([
      {
        type: 'KennisrotondeQuestionReceived',
        data: { caseId: 'c-1', receivedOn: '2025-03-03', askerRole: 'teacher', brin: '12AB', priority: true },
      },
    ]);
    const published = JSON.stringify(decision.events);
    expect(published).not.toContain('Fatima');
    expect(published).not.toContain('school.example');
    expect(published).not.toContain('hardop');
  });

  it('is accepted, assigned to a broker (and handed on), and answered with the working days it took', () => {
    const handedOn = assignQuestion(assigned(), { brokerId: 'broker-9', assignedOn: '2025-03-06' }).state;
    const decision = answerQuestion(handedOn, {
      text: 'Ja.',
      sources: [],
      answeredOn: '2025-03-24',
      norm: NORM,
    });

    expect(handedOn.assignment).toEqual({ brokerId: 'broker-9', assignedOn: '2025-03-06' });
    expect(decision.state.status).toBe('answered');
    expect(decision.events).toEqual([
      {
        type: 'KennisrotondeQuestionAnswered',
        data: {
          caseId: 'c-1',
          answeredOn: '2025-03-24',
          receivedOn: '2025-03-03',
          brin: '12AB',
          priority: true,
          workingDays: 15,
          withinNorm: true,
        },
      },
    ]);
  });

  it('is answered late when the answer comes after the last working day of the norm', () => {
    const late = answerQuestion(assigned(), {
      text: 'Ja.',
      sources: [],
      answeredOn: '2025-03-25',
      norm: NORM,
    });

    expect(late.events[0]?.data).toMatchObject({ workingDays: 16, withinNorm: false });
  });

  it('is declined as out of scope only before it is taken on', () => {
    const declined = declineQuestion(received(), {
      declinedOn: '2025-03-04',
      reasonCode: 'out-of-scope',
      reason: 'Gaat over huisvesting',
    });

    expect(declined.state).toMatchObject({
      status: 'declined',
      declined: { declinedOn: '2025-03-04', reasonCode: 'out-of-scope', reason: 'Gaat over huisvesting' },
    });
    expect(() =>
      declineQuestion(assigned(), { declinedOn: '2025-03-06', reasonCode: 'out-of-scope' }),
    ).toThrow(expect.objectContaining({ code: 'CASE.INVALID_TRANSITION' }));
  });

  it('cannot be answered before a broker has it', () => {
    expect(() =>
      answerQuestion(acceptQuestion(received(), { acceptedOn: '2025-03-04' }).state, {
        text: 'Ja.',
        sources: [],
        answeredOn: '2025-03-05',
        norm: NORM,
      }),
    ).toThrow(expect.objectContaining({ code: 'CASE.INVALID_TRANSITION' }));
  });

  it('refuses a step dated before the question came in', () => {
    expect(() => acceptQuestion(received(), { acceptedOn: '2025-03-02' })).toThrow(
      expect.objectContaining({ code: 'CASE.DAY_OUT_OF_ORDER' }),
    );
  });

  it('ends published as a knowledge product, kept unpublished, or redirected to an existing answer', () => {
    const published = publishAnswer(answered(), { productId: 'p-9', publishedOn: '2025-03-21' });
    const kept = keepUnpublished(answered(), { decidedOn: '2025-03-21' });
    const redirected = redirectQuestion(assigned(), { productId: 'p-3', redirectedOn: '2025-03-06' });

    expect(published.state).toMatchObject({
      status: 'published',
      outcome: { on: '2025-03-21', productId: 'p-9' },
    });
    expect(published.events).toEqual([
      {
        type: 'KennisrotondeAnswerPublished',
        data: { caseId: 'c-1', productId: 'p-9', publishedOn: '2025-03-21' },
      },
    ]);
    expect(kept.state.status).toBe('kept-unpublished');
    expect(redirected.state).toMatchObject({ status: 'redirected', outcome: { productId: 'p-3' } });
    expect(() => publishAnswer(kept.state, { productId: 'p-9', publishedOn: '2025-03-22' })).toThrow(
      expect.objectContaining({ code: 'CASE.INVALID_TRANSITION' }),
    );
  });

  it('is received once', () => {
    expect(() =>
      receiveQuestion(received(), {
        caseId: 'c-1',
        asker: ASKER,
        question: 'Nogmaals',
        receivedAt: new Date('2025-03-03T09:00:00Z'),
        priority: false,
      }),
    ).toThrow(expect.objectContaining({ code: 'CASE.ALREADY_RECEIVED' }));
  });

  describe('erasing who asked', () => {
    it('keeps the case and the role but drops name and e-mail, records the day, and publishes nothing', () => {
      const decision = eraseAsker(answered(), { erasedOn: '2025-04-01' });

      expect(decision?.events).toEqual([]);
      expect(decision?.state).toMatchObject({
        status: 'answered',
        asker: { role: 'teacher' },
        askerErasedOn: '2025-04-01',
      });
      expect(decision?.state.asker).toEqual({ role: 'teacher' });
      expect(decision?.state.answer?.text).toBe('Ja, mits expliciet gemodelleerd.');
    });

    it('replaces the texts that name the person in the question, the answer and a declination note', () => {
      const named: CaseState = {
        ...answered(),
        question: 'Vraag van Fatima El Amrani: werkt het?',
        answer: { text: 'Beste mevrouw El Amrani, ja.', sources: [], answeredOn: '2025-03-20' },
        declined: {
          declinedOn: '2025-03-04',
          reasonCode: 'duplicate',
          reason: 'Fatima El Amrani vroeg dit al',
        },
      };

      const state = withoutAsker(named, ['Fatima El Amrani', 'mevrouw El Amrani']);

      expect(state).toMatchObject({
        question: 'Vraag van [verwijderd]: werkt het?',
        answer: { text: 'Beste [verwijderd], ja.' },
        declined: { reason: '[verwijderd] vroeg dit al' },
      });
    });

    it('decides nothing when nothing is left to erase, and keeps the first day of erasure', () => {
      const erased = eraseAsker(answered(), { erasedOn: '2025-04-01' })?.state;
      if (!erased) throw new Error('the first erasure decided nothing');

      expect(eraseAsker(erased, { erasedOn: '2025-04-02' })).toBeUndefined();
      expect(withoutAsker(erased, [])).toBeUndefined();
      expect(
        eraseAsker(erased, { erasedOn: '2025-04-02', texts: ['gemodelleerd'] })?.state.askerErasedOn,
      ).toBe('2025-04-01');
    });

    it('refuses a text under two characters and an unknown case', () => {
      expect(() => eraseAsker(answered(), { erasedOn: '2025-04-01', texts: [' F '] })).toThrow(
        expect.objectContaining({ code: 'CASE.INVALID_ERASURE' }),
      );
      expect(() => eraseAsker(undefined, { erasedOn: '2025-04-01' })).toThrow(
        expect.objectContaining({ code: 'CASE.NOT_FOUND' }),
      );
    });
  });
});
