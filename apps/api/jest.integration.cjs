/**
 * Medium tests: the API over HTTP against a real PostgreSQL. The global set-up starts one embedded server for the
 * run; every test file gets its own throwaway database, migrated from empty.
 */
module.exports = {
  displayName: 'api-integration',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: {
    '^@idt/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@idt/maturity$': '<rootDir>/../../packages/maturity/src/index.ts',
  },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 30000,
  maxWorkers: 2,
};
