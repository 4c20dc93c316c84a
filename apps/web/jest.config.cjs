const path = require('node:path');
const { swcTransform, workspaceModules } = require('../../jest.preset.cjs');

/** Web app tests: React components and routes in jsdom, HTTP faked at the fetch transport. */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  // jsdom, plus Node's Request/AbortSignal for React Router (see the file).
  testEnvironment: '<rootDir>/src/testing/jsdom-environment.cjs',
  transform: swcTransform,
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  moduleNameMapper: {
    ...workspaceModules,
    '^@/(.*)$': path.join(__dirname, 'src/$1'),
    // Per-component antd imports (antd/es/button) are ES modules; jest runs the CommonJS build of the same files.
    '^antd/es/(.*)$': 'antd/lib/$1',
    '\\.(css|less|svg|png|jpe?g|gif|webp)$': '<rootDir>/src/testing/style-stub.cjs',
  },
  setupFiles: ['<rootDir>/src/testing/polyfills.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  testTimeout: 90000,
};
