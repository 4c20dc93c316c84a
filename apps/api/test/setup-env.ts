// Quiet logs in tests unless asked for (LOG_LEVEL=debug pnpm test:api).
process.env.LOG_LEVEL ??= 'silent';
