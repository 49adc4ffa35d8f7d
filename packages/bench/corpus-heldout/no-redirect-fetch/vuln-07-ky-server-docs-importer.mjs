// pattern: ky used server-side in an Express route (ky.get(url).text()) with a docs host allowlist; flaw: line 18
import express from 'express';
import ky from 'ky';
import { marked } from 'marked';

const DOC_HOSTS = new Set(['raw.githubusercontent.com', 'gitlab.com', 'bitbucket.org']);

export const docsRouter = express.Router();

docsRouter.post('/docs/import', async (req, res, next) => {
  try {
    const { source } = req.body;
    const parsed = new URL(source);
    if (parsed.protocol !== 'https:' || !DOC_HOSTS.has(parsed.hostname)) {
      return res.status(400).json({ error: 'source must be a raw file on a supported git host' });
    }

    const markdown = await ky.get(parsed, { timeout: 10000, retry: 0 }).text();
    const html = marked.parse(markdown);
    return res.json({ source: parsed.href, html });
  } catch (err) {
    return next(err);
  }
});
