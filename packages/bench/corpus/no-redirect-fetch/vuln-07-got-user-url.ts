import got from 'got';
import type { Request, Response } from 'express';

export async function unfurl(req: Request, res: Response) {
  const page = await got(req.body.url as string, { timeout: { request: 5000 } }).text();
  res.json({ snippet: page.slice(0, 280) });
}
