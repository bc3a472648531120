import { catalogue, validateEventData } from '@okr/contracts';
import {
  applicationSubmitted,
  applicationWithdrawn,
  brin,
  conversationHeld,
  expertCoachTrained,
  inquiryClosed,
  inquiryReceived,
  inquiryReferred,
  intakeCompleted,
  participationCompleted,
  roundOpened,
  schoolEnrolled,
  schoolProfileUpdated,
  schoolRegistered,
  schoolWithdrew,
  subsidyGranted,
  subsidyRejected,
  sustainabilityAssessed,
  uuid,
} from './events.fixtures';
import type { ProjectedEvent } from './projected-event';

const school = { brin: '12AB', activity: 'groeikracht', sector: 'PO', schoolYear: '2024-2025' } as const;
const application = { applicationId: uuid(1), brin: '12AB', roundId: uuid(2) };

const builders: ReadonlyArray<ProjectedEvent> = [
  schoolRegistered({ brin: '12AB' }),
  schoolProfileUpdated({ brin: '12AB' }),
  schoolEnrolled(school),
  schoolWithdrew(school),
  participationCompleted(school),
  participationCompleted({ ...school, activity: 'development-school' }),
  sustainabilityAssessed({ brin: '12AB', schoolYear: '2024-2025' }),
  expertCoachTrained({ coachId: uuid(3), brin: '12AB' }),
  inquiryReceived({ inquiryId: uuid(4) }),
  conversationHeld({ inquiryId: uuid(4) }),
  inquiryReferred({ inquiryId: uuid(4) }),
  inquiryReferred({ inquiryId: uuid(4), referral: 'outside-programme', activities: [] }),
  inquiryClosed({ inquiryId: uuid(4) }),
  intakeCompleted({ intakeId: uuid(5), brin: '12AB' }),
  roundOpened({ roundId: uuid(2) }),
  applicationSubmitted(application),
  subsidyGranted(application),
  subsidyRejected(application),
  applicationWithdrawn(application),
];

describe('the test-data builders', () => {
  it.each(builders.map((event) => [event.type, event] as const))(
    'builds %s data that passes its contract',
    (type, event) => {
      const contract = catalogue.find(type, 1);

      const validation = contract === undefined ? undefined : validateEventData(contract, event.data);

      expect(validation).toMatchObject({ ok: true });
    },
  );

  it('makes BRINs of two digits and two capital letters', () => {
    const brins = [0, 1, 99, 100, 2599, 675_999].map(brin);

    expect(brins).toEqual(['00AA', '01AA', '99AA', '00AB', '99AZ', '99ZZ']);
    expect(new Set(Array.from({ length: 300 }, (_, n) => brin(n))).size).toBe(300);
  });
});
