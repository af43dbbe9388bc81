// Preload (`node -r`) that lets a child process run the API from its TypeScript sources, as jest does, without a
// build: each .ts file is transpiled as it is required, and @idt/domain and @idt/maturity resolve to their sources.
// Only tests use it (e.g. test/tracing.spec.ts, which needs a process of its own to load tracing first).
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const ts = require('typescript');

const root = resolve(__dirname, '../../../..');
const sources = {
  '@idt/domain': join(root, 'packages/domain/src/index.ts'),
  '@idt/maturity': join(root, 'packages/maturity/src/index.ts'),
};
const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  resolveJsonModule: true,
  sourceMap: false,
  inlineSourceMap: true,
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, sources[request] ?? request, ...rest);
};
Module._extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

// Asked over IPC, the child says which modules it has loaded (the test checks tracing was not).
if (process.send) {
  process.on('message', (message) => {
    if (message === 'loaded-modules') process.send({ loadedModules: Object.keys(require.cache) });
  });
  process.channel?.unref();
}
