import {
  ExploratoryConversationHeldV1,
  InquiryClosedV1,
  InquiryReceivedV1,
  InquiryReferredV2,
} from '@okr/contracts';
import { codeOf, ids, problemsOf } from '../../test/enrolment.fixtures';
import {
  closeInquiry,
  eraseContact,
  holdExploratoryConversation,
  receiveInquiry,
  referInquiry,
  type ContactPerson,
  type InquiryState,
  withoutTexts,
} from './inquiry.entity';

const contact: ContactPerson = {
  name: 'Anna de Vries',
  email: 'a.devries@example.org',
  phone: '038 123 4567',
};

function anUnregisteredInquiry(): InquiryState {
  return receiveInquiry(undefined, {
    inquiryId: ids.inquiry,
    school: { kind: 'unregistered', schoolName: 'OBS Het Anker' },
    contact,
    channel: 'phone',
    question: 'Kunnen wij meedoen met het TaalLab?',
    receivedAt: new Date('2025-03-03T09:00:00Z'),
  }).state;
}

function aRegisteredInquiry(): InquiryState {
  return receiveInquiry(undefined, {
    inquiryId: ids.inquiry,
    school: { kind: 'registered', brin: '12AB' },
    channel: 'web-form',
    receivedAt: new Date('2025-03-03T09:00:00Z'),
  }).state;
}

const afterConversation = (inquiry: InquiryState = aRegisteredInquiry()): InquiryState =>
  holdExploratoryConversation(inquiry, { heldOn: '2025-03-05', notes: 'Interesse in verbetercultuur' }).state;

const afterReferral = (): InquiryState =>
  referInquiry(afterConversation(), {
    kind: 'activities',
    activities: ['groeikracht'],
    referredOn: '2025-03-06',
  }).state;

describe('receiving an inquiry', () => {
  it('records an inquiry of a registered school by its BRIN', () => {
    const inquiry = aRegisteredInquiry();

    expect(inquiry).toMatchObject({
      brin: '12AB',
      status: 'open',
      channel: 'web-form',
      receivedOn: '2025-03-03',
    });
  });

  it('records an inquiry of a school not yet registered with its name and contact person', () => {
    const inquiry = anUnregisteredInquiry();

    expect(inquiry).toMatchObject({ schoolName: 'OBS Het Anker', contact, status: 'open' });
    expect(inquiry.brin).toBeUndefined();
  });

  it('emits an InquiryReceived event that satisfies the contract, for a registered and an unregistered school', () => {
    const registered = receiveInquiry(undefined, {
      inquiryId: ids.inquiry,
      school: { kind: 'registered', brin: '12AB' },
      channel: 'email',
      receivedAt: new Date('2025-03-03T09:00:00Z'),
    }).events[0];
    const unregistered = receiveInquiry(undefined, {
      inquiryId: ids.inquiry,
      school: { kind: 'unregistered', schoolName: 'OBS Het Anker' },
      contact,
      channel: 'information-session',
      receivedAt: new Date('2025-03-03T09:00:00Z'),
    }).events[0];

    expect(problemsOf(InquiryReceivedV1, registered?.data)).toEqual([]);
    expect(problemsOf(InquiryReceivedV1, unregistered?.data)).toEqual([]);
  });

  it('puts the day of receipt in Dutch time in the event: 23:30 UTC is the next day in Amsterdam', () => {
    const { events } = receiveInquiry(undefined, {
      inquiryId: ids.inquiry,
      school: { kind: 'registered', brin: '12AB' },
      channel: 'email',
      receivedAt: new Date('2025-03-03T23:30:00Z'),
    });

    expect(events[0]?.data).toMatchObject({
      receivedAt: '2025-03-03T23:30:00.000Z',
      receivedOn: '2025-03-04',
    });
  });

  it('keeps the contact person and the question out of the event', () => {
    const { events } = receiveInquiry(undefined, {
      inquiryId: ids.inquiry,
      school: { kind: 'unregistered', schoolName: 'OBS Het Anker' },
      contact,
      channel: 'phone',
      question: 'Kunnen wij meedoen met het TaalLab?',
      receivedAt: new Date('2025-03-03T09:00:00Z'),
    });

    const published = JSON.stringify(events);

    expect(published).not.toContain('Anna');
    expect(published).not.toContain('example.org');
    expect(published).not.toContain('038');
    expect(published).not.toContain('TaalLab');
  });

  it('counts the day of receipt in Dutch time', () => {
    const lateMonday = receiveInquiry(undefined, {
      inquiryId: ids.inquiry,
      school: { kind: 'registered', brin: '12AB' },
      channel: 'web-form',
      receivedAt: new Date('2025-03-03T23:30:00Z'),
    }).state;

    expect(lateMonday.receivedOn).toBe('2025-03-04');
  });

  it('requires a contact person for a school that is not registered', () => {
    const act = () =>
      receiveInquiry(undefined, {
        inquiryId: ids.inquiry,
        school: { kind: 'unregistered', schoolName: 'OBS Het Anker' },
        channel: 'email',
        receivedAt: new Date('2025-03-03T09:00:00Z'),
      });

    expect(codeOf(act)).toBe('INQUIRY.CONTACT_REQUIRED');
  });

  it('refuses a contact person without a name or with a malformed e-mail address', () => {
    const receive = (person: ContactPerson) => () =>
      receiveInquiry(undefined, {
        inquiryId: ids.inquiry,
        school: { kind: 'unregistered', schoolName: 'OBS Het Anker' },
        contact: person,
        channel: 'email',
        receivedAt: new Date('2025-03-03T09:00:00Z'),
      });

    expect(codeOf(receive({ name: ' ' }))).toBe('INQUIRY.INVALID_CONTACT');
    expect(codeOf(receive({ name: 'Anna', email: 'anna-at-school' }))).toBe('INQUIRY.INVALID_CONTACT');
  });

  it('refuses an unregistered school without a name, and a malformed BRIN', () => {
    const receive = (school: Parameters<typeof receiveInquiry>[1]['school']) => () =>
      receiveInquiry(undefined, {
        inquiryId: ids.inquiry,
        school,
        contact,
        channel: 'email',
        receivedAt: new Date('2025-03-03T09:00:00Z'),
      });

    expect(codeOf(receive({ kind: 'unregistered', schoolName: '' }))).toBe('INQUIRY.SCHOOL_NAME_REQUIRED');
    expect(codeOf(receive({ kind: 'registered', brin: '12-AB' }))).toBe('INQUIRY.INVALID_BRIN');
  });

  it('refuses an unknown channel', () => {
    const act = () =>
      receiveInquiry(undefined, {
        inquiryId: ids.inquiry,
        school: { kind: 'registered', brin: '12AB' },
        channel: 'carrier-pigeon' as 'email',
        receivedAt: new Date('2025-03-03T09:00:00Z'),
      });

    expect(codeOf(act)).toBe('INQUIRY.INVALID_CHANNEL');
  });

  it('refuses to record the same inquiry twice', () => {
    const existing = aRegisteredInquiry();

    const act = () =>
      receiveInquiry(existing, {
        inquiryId: ids.inquiry,
        school: { kind: 'registered', brin: '12AB' },
        channel: 'email',
        receivedAt: new Date('2025-03-03T09:00:00Z'),
      });

    expect(codeOf(act)).toBe('INQUIRY.ALREADY_RECEIVED');
  });
});

describe('the exploratory conversation', () => {
  it('moves an open inquiry to conversation-held and keeps the notes', () => {
    const { state } = holdExploratoryConversation(aRegisteredInquiry(), {
      heldOn: '2025-03-05',
      notes: 'Goed gesprek',
    });

    expect(state.status).toBe('conversation-held');
    expect(state.conversations).toEqual([{ heldOn: '2025-03-05', notes: 'Goed gesprek' }]);
  });

  it('emits an ExploratoryConversationHeld event that satisfies the contract, without the notes', () => {
    const { events } = holdExploratoryConversation(anUnregisteredInquiry(), {
      heldOn: '2025-03-05',
      notes: 'Schoolleider wil vooral lezen aanpakken',
    });

    expect(problemsOf(ExploratoryConversationHeldV1, events[0]?.data)).toEqual([]);
    expect(JSON.stringify(events)).not.toContain('lezen');
  });

  it('allows a follow-up conversation before the referral', () => {
    const { state } = holdExploratoryConversation(afterConversation(), {
      heldOn: '2025-03-10',
      notes: 'Vervolg',
    });

    expect(state.status).toBe('conversation-held');
    expect(state.conversations).toHaveLength(2);
  });

  it('refuses a conversation about a referred inquiry', () => {
    expect(
      codeOf(() => holdExploratoryConversation(afterReferral(), { heldOn: '2025-03-10', notes: '' })),
    ).toBe('INQUIRY.INVALID_TRANSITION');
  });

  it('refuses a conversation dated before the inquiry arrived', () => {
    expect(
      codeOf(() => holdExploratoryConversation(aRegisteredInquiry(), { heldOn: '2025-03-02', notes: '' })),
    ).toBe('INQUIRY.DATE_OUT_OF_ORDER');
  });

  it('refuses a day that does not exist', () => {
    expect(
      codeOf(() => holdExploratoryConversation(aRegisteredInquiry(), { heldOn: '2025-02-30', notes: '' })),
    ).toBe('INQUIRY.INVALID_DATE');
  });

  it('refuses an inquiry that does not exist', () => {
    expect(codeOf(() => holdExploratoryConversation(undefined, { heldOn: '2025-03-05', notes: '' }))).toBe(
      'INQUIRY.NOT_FOUND',
    );
  });
});

describe('referring an inquiry', () => {
  it('refers the school to one or more activities', () => {
    const { state, events } = referInquiry(afterConversation(), {
      kind: 'activities',
      activities: ['groeikracht', 'development-school', 'groeikracht'],
      referredOn: '2025-03-06',
    });

    expect(state.status).toBe('referred');
    expect(events[0]?.data).toMatchObject({
      referral: 'activities',
      activities: ['groeikracht', 'development-school'],
      referredOn: '2025-03-06',
    });
    expect(problemsOf(InquiryReferredV2, events[0]?.data)).toEqual([]);
  });

  it('refers the school outside the programme with a reason code', () => {
    const { events } = referInquiry(afterConversation(), {
      kind: 'outside-programme',
      reasonCode: 'other-programme',
      referredOn: '2025-03-06',
    });

    expect(events[0]?.data).toMatchObject({
      referral: 'outside-programme',
      activities: [],
      outsideReasonCode: 'other-programme',
      referredOn: '2025-03-06',
    });
    expect(problemsOf(InquiryReferredV2, events[0]?.data)).toEqual([]);
  });

  it('refuses a referral before an exploratory conversation was held', () => {
    const act = () =>
      referInquiry(aRegisteredInquiry(), {
        kind: 'activities',
        activities: ['groeikracht'],
        referredOn: '2025-03-06',
      });

    expect(codeOf(act)).toBe('INQUIRY.INVALID_TRANSITION');
  });

  it('refuses a referral to the programme without activities', () => {
    const act = () =>
      referInquiry(afterConversation(), { kind: 'activities', activities: [], referredOn: '2025-03-06' });

    expect(codeOf(act)).toBe('INQUIRY.REFERRAL_WITHOUT_ACTIVITIES');
  });

  it('refuses an activity the programme does not have', () => {
    const act = () =>
      referInquiry(afterConversation(), {
        kind: 'activities',
        activities: ['hackathon' as 'groeikracht'],
        referredOn: '2025-03-06',
      });

    expect(codeOf(act)).toBe('INQUIRY.UNKNOWN_ACTIVITY');
  });

  it('refuses a referral outside the programme without a known reason code', () => {
    const act = () =>
      referInquiry(afterConversation(), {
        kind: 'outside-programme',
        reasonCode: 'whatever' as 'other',
        referredOn: '2025-03-06',
      });

    expect(codeOf(act)).toBe('INQUIRY.INVALID_REFERRAL_REASON');
  });

  it('refuses a referral dated before the last conversation', () => {
    const act = () =>
      referInquiry(afterConversation(), {
        kind: 'activities',
        activities: ['groeikracht'],
        referredOn: '2025-03-04',
      });

    expect(codeOf(act)).toBe('INQUIRY.DATE_OUT_OF_ORDER');
  });

  it('refuses to refer an inquiry a second time', () => {
    const act = () =>
      referInquiry(afterReferral(), {
        kind: 'activities',
        activities: ['groeikracht'],
        referredOn: '2025-03-07',
      });

    expect(codeOf(act)).toBe('INQUIRY.INVALID_TRANSITION');
  });
});

describe('closing an inquiry', () => {
  it('closes a referred inquiry as referred', () => {
    const { state, events } = closeInquiry(afterReferral(), { closedOn: '2025-03-07', outcome: 'referred' });

    expect(state).toMatchObject({ status: 'closed', outcome: 'referred', closedOn: '2025-03-07' });
    expect(problemsOf(InquiryClosedV1, events[0]?.data)).toEqual([]);
  });

  it('closes an inquiry that was answered without a referral', () => {
    const { state } = closeInquiry(aRegisteredInquiry(), { closedOn: '2025-03-03', outcome: 'answered' });

    expect(state.status).toBe('closed');
  });

  it('refuses the outcome referred for an inquiry that was not referred', () => {
    expect(
      codeOf(() => closeInquiry(afterConversation(), { closedOn: '2025-03-07', outcome: 'referred' })),
    ).toBe('INQUIRY.OUTCOME_NOT_ALLOWED');
  });

  it('refuses another outcome than referred for a referred inquiry', () => {
    expect(
      codeOf(() => closeInquiry(afterReferral(), { closedOn: '2025-03-07', outcome: 'duplicate' })),
    ).toBe('INQUIRY.OUTCOME_NOT_ALLOWED');
  });

  it('refuses to close an inquiry twice', () => {
    const closed = closeInquiry(afterReferral(), { closedOn: '2025-03-07', outcome: 'referred' }).state;

    expect(codeOf(() => closeInquiry(closed, { closedOn: '2025-03-08', outcome: 'referred' }))).toBe(
      'INQUIRY.INVALID_TRANSITION',
    );
  });

  it('refuses a conversation about a closed inquiry', () => {
    const closed = closeInquiry(aRegisteredInquiry(), {
      closedOn: '2025-03-03',
      outcome: 'no-follow-up',
    }).state;

    expect(codeOf(() => holdExploratoryConversation(closed, { heldOn: '2025-03-04', notes: '' }))).toBe(
      'INQUIRY.INVALID_TRANSITION',
    );
  });

  it('refuses to close before the referral', () => {
    expect(codeOf(() => closeInquiry(afterReferral(), { closedOn: '2025-03-05', outcome: 'referred' }))).toBe(
      'INQUIRY.DATE_OUT_OF_ORDER',
    );
  });
});

describe('erasing a contact person', () => {
  it('anonymises the contact person and keeps the inquiry and its progress', () => {
    const inquiry = afterConversation(anUnregisteredInquiry());

    const decision = eraseContact(inquiry, { erasedOn: '2025-06-01' });

    expect(decision?.state.contact).toBeUndefined();
    expect(decision?.state).toMatchObject({
      inquiryId: ids.inquiry,
      schoolName: 'OBS Het Anker',
      status: 'conversation-held',
      contactErasedOn: '2025-06-01',
    });
    expect(decision?.state.conversations).toHaveLength(1);
    expect(JSON.stringify(decision?.state)).not.toContain('Anna');
  });

  it('replaces the texts staff name in the question and the notes, and leaves a version without them alone', () => {
    const inquiry = afterConversation(anUnregisteredInquiry());
    const named = { ...inquiry, question: 'Anna wil weten of het kan.' };

    const decision = eraseContact(named, { erasedOn: '2025-06-01', texts: ['Anna'] });

    expect(decision?.state.question).toBe('[verwijderd] wil weten of het kan.');
    expect(withoutTexts(inquiry, ['Bartholomeus'])).toBeUndefined();
  });

  it('refuses a text to remove of fewer than two characters', () => {
    expect(
      codeOf(() => eraseContact(anUnregisteredInquiry(), { erasedOn: '2025-06-01', texts: [' A '] })),
    ).toBe('INQUIRY.INVALID_ERASURE');
  });

  it('emits no event, so no count changes', () => {
    const decision = eraseContact(anUnregisteredInquiry(), { erasedOn: '2025-06-01' });

    expect(decision?.events).toEqual([]);
  });

  it('erases a closed inquiry too', () => {
    const closed = closeInquiry(anUnregisteredInquiry(), {
      closedOn: '2025-03-04',
      outcome: 'answered',
    }).state;

    expect(eraseContact(closed, { erasedOn: '2025-06-01' })?.state.contact).toBeUndefined();
  });

  it('decides nothing when there is no contact person left to erase', () => {
    const erased = eraseContact(anUnregisteredInquiry(), { erasedOn: '2025-06-01' })?.state;

    expect(eraseContact(erased, { erasedOn: '2025-06-02' })).toBeUndefined();
  });
});
