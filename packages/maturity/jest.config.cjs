/** Small tests: pure functions, no I/O. Hand-worked examples and fast-check properties, all under src/. */
module.exports = {
  displayName: 'maturity',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  // The workspace symlink for @idt/domain is created by `npm install`; map it to source so tests never need a build.
  moduleNameMapper: { '^@idt/domain$': '<rootDir>/../domain/src/index.ts' },
};
