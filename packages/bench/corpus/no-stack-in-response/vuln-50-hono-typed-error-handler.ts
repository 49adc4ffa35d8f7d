import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

export const onError: ErrorHandler = (err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  return c.json({ ok: false, error: String(err) }, 500);
};
