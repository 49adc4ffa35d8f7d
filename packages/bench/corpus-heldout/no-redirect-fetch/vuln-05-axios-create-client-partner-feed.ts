// pattern: axios.create instance shared by a route module (partner catalog import) with a hostname Set; flaw: line 23
import axios from 'axios';
import { Router, type Request, type Response } from 'express';
import { importCatalog } from '../catalog/importer';

const http = axios.create({
  timeout: 15_000,
  headers: { 'User-Agent': 'shopline-importer/2.3' },
  responseType: 'json',
});

const PARTNER_FEED_HOSTS = new Set(['feeds.acme-supply.com', 'export.northwind.io', 'catalog.tradeshift.net']);

export const catalogRouter = Router();

catalogRouter.post('/imports', async (req: Request, res: Response) => {
  const { feedUrl } = req.body as { feedUrl?: string };
  const parsed = feedUrl ? URL.canParse(feedUrl) && new URL(feedUrl) : null;
  if (!parsed || !PARTNER_FEED_HOSTS.has(parsed.hostname)) {
    return res.status(422).json({ error: 'feedUrl must point at a registered partner feed' });
  }

  const { data } = await http.get(parsed.href);
  const summary = await importCatalog(res.locals.shopId, data);
  return res.status(202).json(summary);
});
