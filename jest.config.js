// One Jest run over every project that has a jest.config.js: `npm test` and `.ci/run` count results here.
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const projectDirs = ['libs', 'services', 'apps']
  .flatMap((group) =>
    existsSync(join(__dirname, group))
      ? readdirSync(join(__dirname, group)).map((name) => join(group, name))
      : [],
  )
  .concat(['deploy']);

/** @type {import('jest').Config} */
module.exports = {
  // A global option: Jest ignores it inside `projects`, so it is set here as well as in jest.preset.js.
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/scripts/jest-running-file.js'],
  projects: projectDirs
    .map((dir) => join(__dirname, dir, 'jest.config.js'))
    .filter((config) => existsSync(config)),
};
