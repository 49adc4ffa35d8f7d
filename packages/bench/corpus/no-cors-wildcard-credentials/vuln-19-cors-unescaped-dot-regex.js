import cors from 'cors';
import express from 'express';

const app = express();

app.use(
  cors({
    origin: [/^https:\/\/.*.example.com$/],
    credentials: true,
  })
);

export default app;
