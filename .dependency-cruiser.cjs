/**
 * Architecture rules, checked by `pnpm lint:deps` (part of `pnpm test` and CI).
 * Dependencies point inward: web -> contracts; api -> application -> domain.
 */
const FRAMEWORKS = '^(@nestjs/|@prisma/|prisma|\\.prisma|react|react-dom|@reduxjs/|redux|antd|@ant-design/|axios|fastify|@fastify/|stripe|@sendgrid/|@aws-sdk/|ioredis|pg|pg-|bcrypt|jsonwebtoken|passport|pino|zod|express)';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-framework-free',
      comment: 'packages/domain is pure TypeScript: no framework, ORM, UI, validation library or vendor SDK.',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { path: `(node_modules/)?${FRAMEWORKS}`, pathNot: '^packages/domain/' },
    },
    {
      name: 'domain-depends-on-nothing',
      comment: 'packages/domain imports no other workspace package and no npm package.',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'] },
    },
    {
      name: 'domain-does-not-know-outer-layers',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { path: '^(packages/(application|contracts)|apps)/' },
    },
    {
      name: 'application-is-framework-free',
      comment: 'Use cases depend on the domain and on ports they declare; adapters live in apps/api.',
      severity: 'error',
      from: { path: '^packages/application/src' },
      to: { path: `(node_modules/)?${FRAMEWORKS}` },
    },
    {
      name: 'application-depends-on-domain-only',
      severity: 'error',
      from: { path: '^packages/application/src' },
      to: { path: '^(packages/contracts|apps)/' },
    },
    {
      name: 'web-does-not-reach-into-server',
      comment: 'The web app talks to the API over HTTP and shares only the wire contracts.',
      severity: 'error',
      from: { path: '^apps/web/src' },
      to: { path: '^(apps/api|packages/(domain|application))/' },
    },
    {
      name: 'api-module-internals-are-private',
      comment:
        'A module of apps/api reaches another only through its public surface: <name>.module.ts (Nest exports), <name>.tokens.ts (ports by DI token) and <name>.public.ts. Persistence, http and use-case wiring stay inside.',
      severity: 'error',
      from: { path: '^apps/api/src/modules/([^/]+)/' },
      to: {
        path: '^apps/api/src/modules/[^/]+/',
        pathNot: ['^apps/api/src/modules/$1/', '^apps/api/src/modules/[^/]+/[^/]+[.](module|tokens|public)[.]ts$'],
      },
    },
    {
      name: 'web-features-are-independent',
      comment:
        'A feature of the web app (apps/web/src/features/<name>) imports no other feature. What several features need lives in the shared layers (src/components, src/lib, src/hooks, src/api); a page that shows several features together composes them in src/app.',
      severity: 'error',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: { path: '^apps/web/src/features/', pathNot: '^apps/web/src/features/$1/' },
    },
    {
      name: 'web-shared-layers-import-no-feature',
      comment: 'The shared layers of the web app (src/components, src/lib, src/hooks, src/api) serve every feature and know none.',
      severity: 'error',
      from: { path: '^apps/web/src/(components|lib|hooks|api)/' },
      to: { path: '^apps/web/src/(features|app)/' },
    },
    {
      name: 'web-ui-kit-is-standalone',
      comment: 'The UI kit (src/ui: buttons, fields, dialogs, toasts, icons) knows nothing of the shop: any page or feature can use it, it uses none.',
      severity: 'error',
      from: { path: '^apps/web/src/ui/' },
      to: { path: '^apps/web/src/(features|app|components|lib|hooks|api)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(packages|apps)/[^/]+/src', pathNot: 'generated/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|generated)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
