// pattern: SvelteKit hooks.server.ts handle() populating event.locals, jose jwtVerify with a TextEncoder secret (panva/jose README HS256 example); flaw at line 14
import type { Handle } from "@sveltejs/kit";
import { redirect } from "@sveltejs/kit";
import { jwtVerify } from "jose";
import { env } from "$env/dynamic/private";

const secret = new TextEncoder().encode(env.AUTH_SECRET);

export const handle: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get("auth_token");

  if (token) {
    try {
      const { payload } = await jwtVerify(token, secret, {
        issuer: "urn:acme:web",
        audience: "urn:acme:app",
      });
      event.locals.user = {
        id: payload.sub as string,
        email: payload.email as string,
      };
    } catch {
      event.cookies.delete("auth_token", { path: "/" });
    }
  }

  if (event.url.pathname.startsWith("/dashboard") && !event.locals.user) {
    throw redirect(303, "/login");
  }

  return resolve(event);
};
