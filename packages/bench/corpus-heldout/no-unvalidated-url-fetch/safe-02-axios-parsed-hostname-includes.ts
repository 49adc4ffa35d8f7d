// pattern: 1Panel-dev/MaxKB PR 6455 template import URL check (parsed hostname compared to a list), axios with redirects disabled
import axios from 'axios';
import type { Request, Response } from 'express';
import { installTemplate } from '../templates/installer';

const TEMPLATE_HOSTS = ['templates.flowkit.dev', 'cdn.flowkit.dev'];

export async function importTemplate(req: Request, res: Response) {
  const { templateUrl } = req.body as { templateUrl?: string };
  let parsed: URL;
  try {
    parsed = new URL(templateUrl ?? '');
  } catch {
    return res.status(400).json({ error: 'templateUrl is not a URL' });
  }
  if (parsed.protocol !== 'https:' || !TEMPLATE_HOSTS.includes(parsed.hostname)) {
    return res.status(400).json({ error: 'Templates must come from the FlowKit gallery' });
  }

  const { data } = await axios.get(parsed.href, { maxRedirects: 0, timeout: 10_000, responseType: 'json' });
  const installed = await installTemplate(res.locals.workspaceId, data);
  return res.status(201).json({ id: installed.id, name: installed.name });
}
