import { serializeError } from 'serialize-error';
import type { Request, Response, NextFunction } from 'express';

export function errorHandler(err: Error, _req: Request, res: Response, _next: NextFunction) {
  res.status(500).json({ ok: false, error: serializeError(err) });
}
