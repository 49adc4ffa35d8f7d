import express from 'express';
import cors from 'cors';

const app = express();

// Public read-only API: no cookies, any origin may read it.
app.use(cors({ origin: '*' }));

app.get('/api/status', (_req, res) => res.json({ up: true }));

export default app;
