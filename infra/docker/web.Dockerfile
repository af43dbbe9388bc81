# syntax=docker/dockerfile:1
# The IDT Canvas web app as static files behind nginx, which proxies /graphql, /healthz and /readyz to the API
# (http://api:3000, the `api` service of docker-compose.yml).
#
#   docker build -f infra/docker/web.Dockerfile -t idt-canvas-web .

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: the web app only (Nx builds what it depends on first) ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false

# npm ci needs every workspace's package.json (keep this list in step with app.Dockerfile).
COPY package.json package-lock.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/maturity/package.json packages/maturity/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY apps/web-e2e/package.json apps/web-e2e/
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts --no-audit --no-fund

COPY . .
RUN npx nx run @idt/web:build --output-style=stream

# ---- runtime: nginx serving apps/web/dist ----
FROM nginx:1.28-alpine AS runtime
COPY infra/docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/apps/web/dist /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
    CMD wget -q -O /dev/null http://127.0.0.1/ || exit 1
