// pattern: GabrielHK97/site-backend style options object with credentials only, passed to the cors package; flaw: line 17
import express, { type Express } from 'express';
import cors, { type CorsOptions } from 'cors';
import session from 'express-session';
import { router as accountRouter } from './account/account.router';

const corsOptions: CorsOptions = {
  credentials: true,
  maxAge: 600,
  exposedHeaders: ['X-Request-Id'],
};

export function createApp(): Express {
  const app = express();

  app.set('trust proxy', 1);
  app.use(cors(corsOptions));
  app.use(express.json());
  app.use(
    session({
      secret: process.env.SESSION_SECRET as string,
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, sameSite: 'none', httpOnly: true },
    }),
  );

  app.use('/account', accountRouter);
  return app;
}
