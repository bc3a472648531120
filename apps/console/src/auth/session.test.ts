import { afterEach, describe, expect, it, vi } from 'vitest';
import { signInAs } from '../test/render';
import { currentSession, holdsAny, sessionOf } from './session';

describe('a session', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends when its token expires, so the console never sends an expired token', () => {
    vi.useFakeTimers();
    signInAs('helpdesk');
    expect(holdsAny(currentSession(), ['helpdesk'])).toBe(true);
    vi.advanceTimersByTime(600_000);
    expect(currentSession()).toBeUndefined();
  });

  it('ignores roles it does not know and refuses a token without an expiry', () => {
    const claims = (value: object): string => btoa(JSON.stringify(value)).replace(/=+$/, '');
    const session = sessionOf(
      `e30.${claims({ sub: 'a', roles: ['helpdesk', 'root'], exp: 2_000_000_000 })}.`,
    );
    expect(session?.roles).toEqual(['helpdesk']);
    expect(sessionOf(`e30.${claims({ sub: 'a', roles: ['helpdesk'] })}.`)).toBeUndefined();
  });
});
