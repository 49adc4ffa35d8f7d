import cors from 'cors';
import express from 'express';

const app = express();

app.use(cors({ origin: /example\.com/, credentials: true }));

app.get('/session', (_req, res) => {
  res.json({ loggedIn: true });
});

export { app };
