// pattern: Hono ErrorHandler module (HTTPException passthrough, JSON for everything else) wired with app.onError; flaw at line 14
import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

export const onError: ErrorHandler = (err, c) => {
  if (err instanceof HTTPException) {
    return err.getResponse();
  }

  console.error(`[api] ${c.req.method} ${c.req.path}`, err);
  return c.json(
    {
      success: false,
      error: err.message || 'Internal Server Error',
    },
    500,
  );
};
