// pattern: resolving the target host and rejecting private ranges with ipaddr.js before fetching (whitequark/ipaddr.js range(), OWASP SSRF cheat sheet)
import { Router } from 'express';
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { fetch, Agent } from 'undici';

const router = Router();

async function assertPublicHost(hostname) {
  const addresses = await lookup(hostname, { all: true });
  for (const { address } of addresses) {
    const range = ipaddr.process(address).range();
    if (range !== 'unicast') {
      throw Object.assign(new Error('blocked address'), { status: 400 });
    }
  }
  return addresses[0].address;
}

router.post('/fetch-metadata', async (req, res, next) => {
  try {
    const target = new URL(String(req.body.url));
    if (!['http:', 'https:'].includes(target.protocol)) return res.status(400).json({ error: 'bad scheme' });

    const pinned = await assertPublicHost(target.hostname);
    const dispatcher = new Agent({ connect: { lookup: (_h, _o, cb) => cb(null, pinned, pinned.includes(':') ? 6 : 4) } });
    const r = await fetch(target, { dispatcher, redirect: 'manual' });
    res.json({ status: r.status, type: r.headers.get('content-type') });
  } catch (err) {
    next(err);
  }
});

export default router;
