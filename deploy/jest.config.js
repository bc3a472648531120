/** Tests proving that the infrastructure the platform runs on is real. */
/** @type {import('jest').Config} */
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'infrastructure',
  rootDir: __dirname,
};
