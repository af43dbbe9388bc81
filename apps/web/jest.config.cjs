/** Small tests for the web app's pure data shaping, and of shared components' markup rendered to a string (no DOM). */
module.exports = {
  displayName: 'web',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', moduleResolution: 'node10', jsx: 'react-jsx', types: ['jest', 'node'] } },
    ],
  },
  moduleNameMapper: {
    '\\.css$': '<rootDir>/jest-style-stub.cjs',
    '^@idt/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@idt/maturity$': '<rootDir>/../../packages/maturity/src/index.ts',
  },
};
