// pattern: Nuxt 3 server route (server/api/*.get.ts) using h3 getQuery and ofetch (unjs/ofetch README, nuxt docs "server routes"); flaw at line 10
import { ofetch } from "ofetch";

export default defineEventHandler(async (event) => {
  const { src, format = "json" } = getQuery(event);
  if (typeof src !== "string" || !src) {
    throw createError({ statusCode: 400, statusMessage: "src is required" });
  }

  const data = await ofetch(src, {
    responseType: format === "text" ? "text" : "json",
    timeout: 10_000,
    retry: 1,
  });

  setResponseHeader(event, "Cache-Control", "s-maxage=60");
  return { source: src, data };
});
