# syntax=docker/dockerfile:1
# Multi-stage build of the whole shop (API + built storefront) in one image.
FROM node:20-bookworm-slim AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
RUN npm i -g pnpm@10.34.9
WORKDIR /app

# 1. Dependencies only (cached until a manifest or the lockfile changes).
FROM base AS deps
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/domain/package.json packages/domain/
COPY packages/application/package.json packages/application/
COPY packages/contracts/package.json packages/contracts/
RUN pnpm install --frozen-lockfile

# 2. Build: Prisma client, workspace packages, API, web.
FROM deps AS build
COPY . .
RUN pnpm build

# 3. Runtime: production dependencies and build output only.
FROM base AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
COPY --from=build /app/package.json /app/pnpm-lock.yaml /app/pnpm-workspace.yaml /app/prisma.config.ts ./
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/packages/domain/package.json /app/packages/domain/package.json
COPY --from=build /app/packages/domain/dist /app/packages/domain/dist
COPY --from=build /app/packages/application/package.json /app/packages/application/package.json
COPY --from=build /app/packages/application/dist /app/packages/application/dist
COPY --from=build /app/packages/contracts/package.json /app/packages/contracts/package.json
COPY --from=build /app/packages/contracts/dist /app/packages/contracts/dist
COPY --from=build /app/apps/api/package.json /app/apps/api/package.json
COPY --from=build /app/apps/api/dist /app/apps/api/dist
COPY --from=build /app/apps/web/package.json /app/apps/web/package.json
COPY --from=build /app/apps/web/dist /app/apps/web/dist
# prisma (CLI, for migrate deploy at start) and @prisma/adapter-pg + pg (prisma.config.ts)
# are production dependencies of the API; the web app needs nothing at run time.
RUN pnpm install --frozen-lockfile --prod --filter @devgear/api... --filter devgear \
  && mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# The V8 flags of scripts/server-node-flags.mjs (a larger young generation: see there).
CMD ["node", "--max-semi-space-size=64", "apps/api/dist/main.js"]
