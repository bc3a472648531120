// The console's Node-side tests: its server (proxy, development sign-in), the generated clients' freshness, and the
// end-to-end tests in real Chromium. The browser components are tested with Vitest (vite.config.ts).
/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'console',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts', '<rootDir>/e2e/**/*.e2e.spec.ts'],
};
