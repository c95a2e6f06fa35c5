# The Widgets container image: one image for the web process, the worker and the release step.
# UNTESTED HERE: the machine this app is developed on cannot run Docker. What the runtime stage
# copies, .next/standalone (next build + bin/bundle-standalone.ts), is tested by running it with
# plain node (e2e/operations/standalone.spec.ts). See docs/operations.md#container-image.
#
#   docker build -t widgets .
#   docker run --env-file widgets.env -p 3000:3000 widgets                            # web
#   docker run --env-file widgets.env --no-healthcheck widgets node worker.mjs        # worker
#   docker run --env-file widgets.env --no-healthcheck widgets node bin/db.mjs migrate  # release
#
# widgets.env sets at least DATABASE_URL, AUTH_SECRET and SMTP_URL (lib/env.ts).

ARG NODE_IMAGE=node:24-bookworm-slim

# Every package, from the lockfile; the postinstall script generates the Prisma client.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci

# The production build; bin/bundle-standalone.ts completes .next/standalone.
FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

# Only the standalone folder: the app's bundles, the packages they load, static files, migrations.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    NEXT_TELEMETRY_DISABLED=1
# Owned by the unprivileged user the process runs as: Next writes its cache under .next/.
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
# Liveness (/up answers without the database); the worker serves no HTTP: --no-healthcheck.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/up`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# exec form: node is PID 1 and gets the platform's SIGTERM itself (graceful shutdown).
CMD ["node", "web.mjs"]
