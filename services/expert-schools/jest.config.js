/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'expert-schools',
  rootDir: __dirname,
};
