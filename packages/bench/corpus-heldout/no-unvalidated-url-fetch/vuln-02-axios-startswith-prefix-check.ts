// pattern: 1Panel-dev/MaxKB PR 6455 template import URL check (url.startsWith prefix), axios with redirects disabled; flaw: line 14
import axios from 'axios';
import type { Request, Response } from 'express';
import { installTemplate } from '../templates/installer';

const TEMPLATE_PREFIX = 'https://templates.flowkit.dev';

export async function importTemplate(req: Request, res: Response) {
  const { templateUrl } = req.body as { templateUrl?: string };
  if (!templateUrl || !templateUrl.startsWith(TEMPLATE_PREFIX)) {
    return res.status(400).json({ error: 'Templates must come from the FlowKit gallery' });
  }

  const { data } = await axios.get(templateUrl, { maxRedirects: 0, timeout: 10_000, responseType: 'json' });
  const installed = await installTemplate(res.locals.workspaceId, data);
  return res.status(201).json({ id: installed.id, name: installed.name });
}
