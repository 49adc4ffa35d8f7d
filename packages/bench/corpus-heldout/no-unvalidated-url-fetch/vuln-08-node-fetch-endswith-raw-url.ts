// pattern: node-fetch manifest loader with an endsWith check on the whole URL and redirect: 'error'; flaw: line 17
import fetch from 'node-fetch';
import type { Request, Response } from 'express';

interface PluginManifest {
  name: string;
  version: string;
  entry: string;
}

export async function registerPlugin(req: Request, res: Response) {
  const manifestUrl = String(req.body.manifestUrl ?? '');
  if (!manifestUrl.endsWith('/manifest.json')) {
    return res.status(400).json({ error: 'manifestUrl must point at a manifest.json' });
  }

  const response = await fetch(manifestUrl, { redirect: 'error', timeout: 5000 });
  if (!response.ok) {
    return res.status(422).json({ error: `manifest request failed with ${response.status}` });
  }
  const manifest = (await response.json()) as PluginManifest;
  await res.locals.plugins.register(res.locals.workspaceId, { ...manifest, manifestUrl });
  return res.status(201).json({ name: manifest.name, version: manifest.version });
}
