// pattern: got.stream download proxy piped into the Express response, release assets from known hosts; flaw: line 24
const { pipeline } = require('stream/promises');
const got = require('got');

const RELEASE_HOSTS = ['github.com', 'objects.githubusercontent.com', 'releases.hashicorp.com'];

function parseAssetUrl(raw) {
  const parsed = new URL(raw);
  if (parsed.protocol !== 'https:') throw new Error('https only');
  if (!RELEASE_HOSTS.includes(parsed.hostname)) throw new Error('host not allowed');
  return parsed;
}

async function downloadAsset(req, res) {
  let asset;
  try {
    asset = parseAssetUrl(req.query.asset);
  } catch (err) {
    return res.status(400).json({ error: err.message });
  }

  res.setHeader('Content-Disposition', `attachment; filename="${asset.pathname.split('/').pop()}"`);
  try {
    await pipeline(got.stream(asset, { followRedirect: true, timeout: { request: 60000 } }), res);
  } catch (err) {
    if (!res.headersSent) res.status(502).end();
  }
}

module.exports = { downloadAsset };
