import cors from 'cors';
import express from 'express';

const ALLOWED_ORIGINS = ['https://app.example.com', 'https://beta.example.com'] as const;

const app = express();
app.use(cors({ origin: [...ALLOWED_ORIGINS], credentials: true }));

export default app;
