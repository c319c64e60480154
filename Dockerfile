FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --omit=dev
COPY . .
EXPOSE 4000
# Migrates, loads the seeds into an empty graph and serves; Neo4j is the compose service.
CMD ["node_modules/.bin/tsx", "src/cli/start.ts"]
