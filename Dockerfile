# syntax=docker/dockerfile:1
# Build stage: full install (TypeScript, native build of better-sqlite3), compile, then drop dev deps.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY config ./config
# `npm ci` runs `prepare` (tsc) and the approved install scripts (better-sqlite3).
RUN npm ci --no-audit --no-fund \
  && npm prune --omit=dev --no-audit --no-fund

# Runtime stage: compiled code, production dependencies, config and the demo feeds; no compilers.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/config ./config
COPY --from=build /app/src/demo/feeds ./src/demo/feeds
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
# The embedded SQLite database lives here (bot.dataDir: ./data); mount it to keep it across restarts.
VOLUME ["/app/data"]
# In a container the HTTP server (/healthz, /readyz, /metrics, /slack/events) listens on every
# interface of the container, on port 8080: publish it with `-p 8080:8080`.
ENV HTTP_HOST=0.0.0.0
ENV PORT=8080
EXPOSE 8080
# node itself is PID 1, not npm or a shell: `docker stop` sends SIGTERM to the bot, which stops
# cleanly and exits 0 (npm would exit and leave the bot to be killed). Same as `npm start`.
CMD ["node", "dist/src/cli.js", "run"]
