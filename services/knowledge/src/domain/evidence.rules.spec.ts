import { assessmentStatus, currentEvidence } from './evidence.rules';
import type { Assessment } from './product.entity';

const assessment = (
  assessedOn: string,
  validUntil: string,
  evidenceLevel: Assessment['evidenceLevel'],
): Assessment => ({
  assessmentId: `${assessedOn}-${evidenceLevel}`,
  evidenceLevel,
  assessedOn,
  validUntil,
  assessorBody: 'nji',
  targetGroup: 'pupils',
  sectors: ['VO'],
  costIndication: 'unknown',
});

describe('the evidence of an intervention', () => {
  it('is valid up to and including its last day, and expired the day after', () => {
    const held = assessment('2020-05-01', '2025-05-01', 'proven-effective');

    expect(assessmentStatus(held, '2025-05-01')).toBe('valid');
    expect(assessmentStatus(held, '2025-05-02')).toBe('expired');
  });

  it('shows the latest assessment, expired when its time has passed rather than falling back to an older one', () => {
    const product = {
      assessments: [
        assessment('2022-01-10', '2032-01-10', 'promising'),
        assessment('2023-06-01', '2024-06-01', 'proven-effective'),
      ],
    };

    expect(currentEvidence(product, '2025-01-01')).toEqual({
      evidenceLevel: 'proven-effective',
      assessedOn: '2023-06-01',
      validUntil: '2024-06-01',
      status: 'expired',
    });
  });

  it('is absent for an intervention never assessed', () => {
    expect(currentEvidence({ assessments: [] }, '2025-01-01')).toBeUndefined();
  });
});
