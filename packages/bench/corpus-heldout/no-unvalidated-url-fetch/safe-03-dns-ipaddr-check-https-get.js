// pattern: DNS resolve + ipaddr.js range() check (SSRF guard helper) before a node https.get download
const https = require('https');
const dns = require('dns').promises;
const ipaddr = require('ipaddr.js');
const express = require('express');

const router = express.Router();

async function resolvePublicAddress(hostname) {
  const records = await dns.lookup(hostname, { all: true });
  if (records.length === 0) throw new Error('no address');
  for (const { address } of records) {
    if (ipaddr.process(address).range() !== 'unicast') {
      throw new Error(`address ${address} is not public`);
    }
  }
  return records[0];
}

router.get('/download', async (req, res) => {
  let target;
  try {
    target = new URL(String(req.query.file));
    if (target.protocol !== 'https:') throw new Error('https only');
    const { address, family } = await resolvePublicAddress(target.hostname);
    const upstream = https.get(target, {
      timeout: 15000,
      lookup: (host, opts, cb) => cb(null, address, family),
    }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        return res.status(502).json({ error: `upstream responded ${response.statusCode}` });
      }
      res.setHeader('Content-Type', response.headers['content-type'] || 'application/octet-stream');
      response.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.status(502).json({ error: 'download failed' });
    });
  } catch (err) {
    return res.status(400).json({ error: 'file cannot be downloaded' });
  }
});

module.exports = router;
