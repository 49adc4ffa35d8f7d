// pattern: expressjs/cors README origin array mixing strings and RegExp; flaw: line 12
import express from 'express';
import cors from 'cors';
import cookieParser from 'cookie-parser';
import { billingRouter } from './billing/routes';
import { requireSession } from './auth/session';

const app = express();

const allowedOrigins: Array<string | RegExp> = [
  'https://app.ledgerly.io',
  /ledgerly\.io/,
  'http://localhost:5173',
];

app.use(
  cors({
    origin: allowedOrigins,
    credentials: true,
  }),
);
app.use(cookieParser());
app.use(express.json());

app.use('/billing', requireSession, billingRouter);

export default app;
