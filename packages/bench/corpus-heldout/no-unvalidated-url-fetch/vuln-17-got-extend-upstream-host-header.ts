// pattern: got.extend client with followRedirect: false, upstream host chosen by a request header (internal status fan-out); flaw: line 21
import got from 'got';
import type { Request, Response } from 'express';

const client = got.extend({
  followRedirect: false,
  timeout: { request: 3000 },
  retry: { limit: 0 },
  responseType: 'json',
});

type HealthReport = { status: string; version?: string };

export async function upstreamHealth(req: Request, res: Response) {
  const upstreamHost = req.header('x-upstream-host');
  if (!upstreamHost) {
    res.status(400).json({ error: 'x-upstream-host header is required' });
    return;
  }

  const { body } = await client.get<HealthReport>(`http://${upstreamHost}/internal/health`);
  res.json({ upstream: upstreamHost, ...body });
}
