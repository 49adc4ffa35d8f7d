// pattern: SvelteKit +server.ts GET proxying a src parameter (AlexandreCGithub/archiweb-TD src/routes/media/+server.ts); flaw at line 9
import type { RequestHandler } from "./$types";
import { error } from "@sveltejs/kit";

export const GET: RequestHandler = async ({ url, fetch }) => {
  const src = url.searchParams.get("src");
  if (!src) throw error(400, "src is required");

  const response = await fetch(src);
  if (!response.ok) throw error(response.status, "upstream error");

  return new Response(await response.arrayBuffer(), {
    headers: {
      "Content-Type": response.headers.get("Content-Type") ?? "application/octet-stream",
      "Cache-Control": "max-age=86400",
    },
  });
};
