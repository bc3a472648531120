# One image per service: docker build -f deploy/docker/service.Dockerfile --build-arg SERVICE=enrolment .
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
ARG SERVICE
WORKDIR /repo
COPY . .
RUN test -n "${SERVICE}" || (echo "pass --build-arg SERVICE=<name of a folder under services/>" && exit 1)
RUN npm ci --no-audit --no-fund \
 && npx tsc -b "services/${SERVICE}/tsconfig.json" \
 && npm prune --omit=dev --workspace "services/${SERVICE}" --include-workspace-root

FROM ${NODE_IMAGE}
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE}
WORKDIR /app
# Workspace packages are symlinked from node_modules, so the libraries travel with their built output.
COPY --from=build /repo/package.json ./
COPY --from=build /repo/node_modules ./node_modules
COPY --from=build /repo/libs ./libs
COPY --from=build /repo/services/${SERVICE}/package.json ./services/${SERVICE}/package.json
COPY --from=build /repo/services/${SERVICE}/dist ./services/${SERVICE}/dist
USER node
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Telemetry is preloaded so that it instruments NestJS, MongoDB, ioredis and kafkajs before they load (ADR 0009).
# kafkajs 2.2.4 asks for a negative timeout (kafkajs issue 1751), harmless but warned about since Node 24.
CMD ["sh", "-c", "exec node --disable-warning=TimeoutNegativeWarning --require @okr/service-kit/telemetry services/${SERVICE}/dist/main.js"]
