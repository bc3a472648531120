// Vitest's jsdom setup: unmount rendered components after each test so one test's screen never leaks into the next.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
