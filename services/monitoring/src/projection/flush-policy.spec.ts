import { CATCHING_UP_EVENTS, flushDue, snapshotPace } from './flush-policy';

describe('flushDue', () => {
  it('flushes a live projector at every tick, however costly the flush is expected to be', () => {
    expect(flushDue({ sinceLastFlushMs: 100, expectedFlushMs: 5_000, behindEvents: 0 })).toBe(true);
    expect(
      flushDue({ sinceLastFlushMs: 100, expectedFlushMs: 5_000, behindEvents: CATCHING_UP_EVENTS }),
    ).toBe(true);
  });

  it('holds a catching-up projector back while the flush would take more than a fifth of the time since the last', () => {
    const behindEvents = CATCHING_UP_EVENTS + 1;
    expect(flushDue({ sinceLastFlushMs: 399, expectedFlushMs: 100, behindEvents })).toBe(false);
    expect(flushDue({ sinceLastFlushMs: 400, expectedFlushMs: 100, behindEvents })).toBe(true);
  });

  it('flushes a catching-up projector whose flush is cheap at once', () => {
    expect(flushDue({ sinceLastFlushMs: 100, expectedFlushMs: 5, behindEvents: 150_000 })).toBe(true);
  });
});

describe('snapshotPace', () => {
  it("writes a live projector's snapshot in small slices with pauses, and a catching-up one's at full speed", () => {
    const live = snapshotPace(0);
    const catchingUp = snapshotPace(CATCHING_UP_EVENTS + 1);
    expect(live.pauseMs).toBeGreaterThan(0);
    expect(catchingUp.pauseMs ?? 0).toBe(0);
    expect(live.slice).toBeLessThan(catchingUp.slice ?? Infinity);
  });
});
