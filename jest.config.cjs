const { swcTransform, workspaceModules } = require('./jest.preset.cjs');

const nodeProject = (name, roots, extra = {}) => ({
  displayName: name,
  rootDir: __dirname,
  roots,
  testEnvironment: 'node',
  transform: swcTransform,
  moduleNameMapper: workspaceModules,
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  ...extra,
});

module.exports = {
  projects: [
    nodeProject('domain', ['<rootDir>/packages/domain/src']),
    nodeProject('application', ['<rootDir>/packages/application/src']),
    nodeProject('contracts', ['<rootDir>/packages/contracts/src']),
    // The tooling itself: workflow lint, browser selection.
    nodeProject('scripts', ['<rootDir>/scripts'], { testPathIgnorePatterns: ['/node_modules/'] }),
    nodeProject('api', ['<rootDir>/apps/api/src', '<rootDir>/apps/api/test'], {
      setupFiles: ['<rootDir>/apps/api/test/setup-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/apps/api/test/setup-timeout.ts'],
      // TEST_DATABASE=embedded: the whole project runs on the embedded PostgreSQL (see the file).
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
    }),
    '<rootDir>/apps/web/jest.config.cjs',
  ],
};
