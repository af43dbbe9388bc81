/**
 * End-to-end tests: the built app (API + web on one port, embedded PostgreSQL in a throwaway folder) driven by
 * Debian's Chromium. `npm run test:e2e` builds first; the global set-up starts the app once for the run.
 */
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 1,
  // Suites that change the programme year for good run last (see the sequencer).
  testSequencer: '<rootDir>/src/support/sequencer.cjs',
};
