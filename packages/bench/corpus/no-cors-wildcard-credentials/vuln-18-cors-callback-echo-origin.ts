import cors, { CorsOptions } from 'cors';
import express from 'express';

const corsOptions: CorsOptions = {
  credentials: true,
  origin: (origin, callback) => callback(null, origin),
};

const app = express();
app.use(cors(corsOptions));
export default app;
