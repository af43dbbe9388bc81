import react from '@vitejs/plugin-react';
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const nhsukAssets = resolve(__dirname, '../../node_modules/nhsuk-frontend/dist/nhsuk/assets');

/** NHS.UK frontend's stylesheet points at icons under /assets: ship them with the build and serve them in dev. */
function nhsukAssetsPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'nhsuk-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      cpSync(nhsukAssets, resolve(outDir, 'assets'), { recursive: true });
    },
  };
}

export default defineConfig(({ command }) => {
  // A build is always a production build, even when a test runner started it with NODE_ENV=test (the e2e set-up
  // rebuilds through `npm start`): otherwise React's development build ships, and Nx caches it as the build.
  if (command === 'build') process.env['NODE_ENV'] = 'production';
  return {
    root: __dirname,
    plugins: [react(), nhsukAssetsPlugin()],
    resolve: {
      alias: {
        '@idt/domain': resolve(__dirname, '../../packages/domain/src/index.ts'),
        '@idt/maturity': resolve(__dirname, '../../packages/maturity/src/index.ts'),
        // Data files of the domain package the web app offers as downloads (imported with `?url`: shipped as files, not in the JavaScript).
        '@idt/domain-data': resolve(__dirname, '../../packages/domain/data'),
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      // nhsuk-frontend's stylesheet is already minified, and Vite 8's CSS minifier rejects one of its hacks.
      cssMinify: false,
    },
    server: {
      port: 5173,
      proxy: { '/graphql': 'http://localhost:3000' },
    },
  };
});
