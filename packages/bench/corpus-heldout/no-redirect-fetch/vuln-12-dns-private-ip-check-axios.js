// pattern: DNS resolve + ipaddr.js range() private-address check before an axios download (SSRF guard helper); flaw: line 23
const dns = require('dns').promises;
const ipaddr = require('ipaddr.js');
const axios = require('axios');

async function resolvesToPublicAddress(hostname) {
  const records = await dns.lookup(hostname, { all: true });
  return records.length > 0 && records.every(({ address }) => ipaddr.process(address).range() === 'unicast');
}

module.exports.fetchRemoteDocument = async function fetchRemoteDocument(req, res) {
  const { documentUrl } = req.body;
  let parsed;
  try {
    parsed = new URL(documentUrl);
  } catch (e) {
    return res.status(400).json({ error: 'documentUrl is invalid' });
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || !(await resolvesToPublicAddress(parsed.hostname))) {
    return res.status(400).json({ error: 'documentUrl is not reachable' });
  }

  const { data, headers } = await axios.get(parsed.href, {
    responseType: 'arraybuffer',
    timeout: 20000,
    maxContentLength: 25 * 1024 * 1024,
  });
  res.set('Content-Type', headers['content-type'] || 'application/octet-stream');
  return res.send(data);
};
