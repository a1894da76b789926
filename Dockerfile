# The pilot-gate GitHub App as a container: `docker compose up` (compose.yaml)
# or `docker build -t pilot-gate . && docker run --env-file .env -p 3000:3000 pilot-gate`.
# test/app/deploy.test.ts reads this file and runs the final stage's install,
# environment, command and health check outside Docker, so keep them in the
# forms it reads: one `ENV NAME=value` per line, JSON-array CMD and HEALTHCHECK.

# The base image is pinned by its multi-arch index digest, so a rebuild gets the
# same Node and Debian packages until someone moves the pin on purpose (the tag
# says which release the digest is; test/app/deploy.test.ts checks that the
# Node release is the one .ci/run tests on, tools/node-versions).

# Build: the bundles in dist/ from the sources, with every dev dependency.
FROM node:24.21.0-trixie-slim@sha256:8ec5d7557396cfe32d21c3f9c13072355ceab22b584578ca4bb28af31120cffe AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Run: the App's runtime dependencies and dist/ (the App's entry, its worker and the
# chunks they share), as a non-root user.
FROM node:24.21.0-trixie-slim@sha256:8ec5d7557396cfe32d21c3f9c13072355ceab22b584578ca4bb28af31120cffe
WORKDIR /app
ENV NODE_ENV=production
# Probot listens on localhost by default, which nothing outside the container reaches.
ENV HOST=0.0.0.0
ENV PORT=3000
# The App's runtime manifest (deploy/): Probot, which the bundles leave as an
# import. The project's own package.json has no runtime dependencies.
COPY deploy/package.json deploy/package-lock.json ./
# No install scripts: no production dependency needs one.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY app.yml ./
COPY --from=build /app/dist/ ./dist/
# The image's own `node` user: the App's files stay root's, so it cannot rewrite them.
USER node
EXPOSE 3000
# Ready, not just alive: the App can sign its JWT (app/health.ts). The slim
# image has no curl, so node asks.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/app.js"]
