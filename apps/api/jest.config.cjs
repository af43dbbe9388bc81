/** Small tests: services and helpers, no database. */
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: {
    '^@idt/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@idt/maturity$': '<rootDir>/../../packages/maturity/src/index.ts',
  },
};
