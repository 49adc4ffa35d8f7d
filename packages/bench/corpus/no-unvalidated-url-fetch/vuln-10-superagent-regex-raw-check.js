const superagent = require('superagent');

const ALLOWED = /^https:\/\/([a-z0-9-]+\.)*partner\.io/;

exports.fetchCatalog = async (req, res) => {
  const catalogUrl = req.body.catalogUrl;
  if (!ALLOWED.test(catalogUrl)) return res.status(400).json({ error: 'host not allowed' });
  const response = await superagent.get(catalogUrl).redirects(0).timeout(8000);
  res.json(response.body);
};
