import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import type { Request, Response } from 'express';

export async function proxy(req: Request, res: Response) {
  const url = new URL(String(req.query.url));
  const { address } = await lookup(url.hostname);
  if (ipaddr.parse(address).range() !== 'unicast') {
    return res.status(400).json({ error: 'forbidden address' });
  }
  const upstream = await fetch(url);
  return res.status(upstream.status).send(await upstream.text());
}
