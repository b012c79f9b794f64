# One image for api, worker and migrations; the command is chosen at run time
# (see docker-compose.yml). Default command starts the API.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: full install, compile with swc, bundle workflows, then drop dev deps
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# node:20 ships npm 10, which ignores package.json `allowScripts` and would run
# every install script, including the denied ones (@scarf/scarf). npm >= 11.16
# honours the approvals; pin the version the project is developed with.
ARG NPM_VERSION=11.19.1
RUN npm install -g npm@${NPM_VERSION}
# Lockfile first so the dependency layer is cached across source edits.
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

# ---- runtime: production node_modules + compiled output only
FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
# package.json is needed at run time: "type": "module" makes dist/*.js ESM, and its "imports" resolve #domain, ….
# Files stay root-owned so the app (running as `node`) cannot modify its code.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The versioned policy files: the API and the worker load and check them at start.
COPY --from=build /app/policy ./policy
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
