# Production image: builds the workspace, then runs the API (which also serves the web app).
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY . .
RUN npx --yes pnpm@10 install --frozen-lockfile && npx --yes pnpm@10 -r run build \
  && npx --yes pnpm@10 --filter @common-ground/api deploy --prod --legacy /out/api \
  && cp -r apps/web/dist /out/web

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 WEB_DIST=/app/web
WORKDIR /app
COPY --from=build /out/api /app/api
COPY --from=build /out/web /app/web
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "api/dist/main.js"]
