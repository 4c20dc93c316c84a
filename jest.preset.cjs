// Shared jest settings: TypeScript through SWC (with Nest's decorator metadata), and
// workspace packages resolved to their sources so no build is needed before testing.
const path = require('node:path');

const swcTransform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

const workspaceModules = {
  // The in-memory fakes and fixtures: a separate entry, never part of the production one.
  '^@devgear/application/testing$': path.join(__dirname, 'packages/application/src/testing/index.ts'),
  '^@devgear/(domain|application|contracts)$': path.join(__dirname, 'packages/$1/src/index.ts'),
};

module.exports = { swcTransform, workspaceModules };
