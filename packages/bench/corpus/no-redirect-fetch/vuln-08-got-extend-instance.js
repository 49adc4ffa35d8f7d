const got = require('got');

const client = got.extend({
  retry: { limit: 2 },
  headers: { 'user-agent': 'importer' },
});

async function importFromUrl(req, res) {
  const body = await client.get(req.body.sourceUrl).json();
  res.status(201).json({ imported: body.items.length });
}

module.exports = { importFromUrl };
