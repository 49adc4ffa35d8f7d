import express from 'express';
import cors from 'cors';

const corsOptions = {
  origin: '*',
  credentials: true,
  optionsSuccessStatus: 200,
};

const app = express();
app.use(cors(corsOptions));
app.get('/products/:id', (req, res) => res.json({ id: req.params.id }));
export default app;
