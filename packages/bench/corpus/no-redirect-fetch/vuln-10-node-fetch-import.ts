import fetch from 'node-fetch';
import type { Request, Response } from 'express';

export async function resolveOEmbed(req: Request, res: Response) {
  const endpoint = String(req.query.endpoint);
  const upstream = await fetch(`${endpoint}?url=${encodeURIComponent(String(req.query.url))}&format=json`);
  res.json(await upstream.json());
}
