import type { Request, Response } from 'express';

const TRUSTED_ORIGINS = ['https://partner-a.example', 'https://partner-b.example'];

export async function relay(req: Request, res: Response) {
  const target = new URL(String(req.body.target));
  if (!TRUSTED_ORIGINS.includes(target.origin)) return res.status(403).end();
  const upstream = await fetch(target.toString(), { method: 'POST', body: JSON.stringify(req.body.payload), redirect: 'error' });
  res.status(upstream.status).end();
}
