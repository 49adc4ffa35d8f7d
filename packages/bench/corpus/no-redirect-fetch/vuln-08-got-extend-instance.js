const got = require('got');

const client = got.extend({
  retry: { limit: 2 },
  headers: { 'user-agent': 'importer' },
});

async function importFromUrl(sourceUrl) {
  const body = await client.get(sourceUrl).json();
  return body.items;
}

module.exports = { importFromUrl };
