// pattern: TypeScript Express ErrorRequestHandler building a response body object, registered last in app.ts; flaw at line 26
import { ErrorRequestHandler } from 'express';
import { HttpError } from '../errors/HttpError';
import { logger } from '../lib/logger';

interface ErrorBody {
  status: 'error';
  code: string;
  message: string;
  requestId?: string;
  trace?: string;
}

export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const status = err instanceof HttpError ? err.status : 500;

  const body: ErrorBody = {
    status: 'error',
    code: err instanceof HttpError ? err.code : 'INTERNAL_ERROR',
    message: err instanceof HttpError ? err.publicMessage : 'Something went wrong',
  };
  body.requestId = req.header('x-request-id');

  if (status >= 500) {
    logger.error({ err, path: req.path }, 'unhandled error');
    body.trace = err.stack;
  }

  res.status(status).json(body);
};
