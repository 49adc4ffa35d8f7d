// pattern: Next.js middleware.ts setting CORS headers by hand (vercel/next.js discussions on CORS in middleware; julietacostamagna/back-ov-villa config/app.conf.js origin || '*'); flaw at line 6
import { NextResponse, type NextRequest } from "next/server";

function corsHeadersFor(request: NextRequest): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": request.headers.get("origin") ?? "*",
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Allow-Methods": "GET,POST,PUT,DELETE,OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Authorization",
  };
}

export function middleware(request: NextRequest) {
  const headers = corsHeadersFor(request);

  if (request.method === "OPTIONS") {
    return new NextResponse(null, { status: 204, headers });
  }

  const response = NextResponse.next();
  for (const [key, value] of Object.entries(headers)) {
    response.headers.set(key, value);
  }
  return response;
}

export const config = {
  matcher: "/api/:path*",
};
