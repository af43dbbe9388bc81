// The workspace's lint rules, plus bulletproof-react's one rule for the web app: features never import from each
// other (they are put together in src/app). Anything a second feature needs goes to src/components or src/lib.
import { readdirSync } from 'node:fs';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the workspace's own lint configuration, not a project
import workspace from '../../eslint.config.mjs';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default [
  { ignores: ['dist/**', 'src/gql/**'] },
  ...workspace,
  ...features.map((feature) => {
    const others = features.filter((f) => f !== feature);
    return {
      files: [`src/features/${feature}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                // "../../cohorts/api/…" from inside another feature, or "…/features/cohorts/…" from anywhere in it.
                regex: `^(\\.\\./)+(features/)?(${others.join('|')})(/|$)`,
                message: `Features do not import from each other: compose "${feature}" with other features in src/app, or move what they share to src/components or src/lib.`,
              },
            ],
          },
        ],
      },
    };
  }),
];
