import got from 'got';
import type { Request, Response } from 'express';

export async function tenantStatus(req: Request, res: Response) {
  const { tenant } = req.params;
  const status = await got(`https://${tenant}/api/status`, { followRedirect: false }).json();
  res.json(status);
}
