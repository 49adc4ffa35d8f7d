import axios from 'axios';
import { Router } from 'express';

const http = axios.create({
  timeout: 8000,
  headers: { 'User-Agent': 'link-checker/1.0' },
});

export const links = Router();

links.post('/check', async (req, res) => {
  const { link } = req.body;
  const result = await http.head(link);
  res.json({ ok: result.status < 400 });
});
