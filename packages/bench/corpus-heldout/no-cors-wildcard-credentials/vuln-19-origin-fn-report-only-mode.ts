// pattern: allowedOrigins corsOptions callback (Dave Gray MERN tutorial shape) with a report-only switch; flaw: line 13
import type { CorsOptions } from 'cors';
import { logger } from '../lib/logger';
import allowedOrigins from './allowedOrigins';

const ENFORCE = process.env.CORS_ENFORCE === 'true';

const corsOptions: CorsOptions = {
  origin: (origin, callback) => {
    if (origin && !allowedOrigins.includes(origin)) {
      logger.warn({ origin, enforce: ENFORCE }, 'request from unlisted origin');
    }
    callback(null, true);
  },
  credentials: true,
  optionsSuccessStatus: 200,
};

export default corsOptions;
