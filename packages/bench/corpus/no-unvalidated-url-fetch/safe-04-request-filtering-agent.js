const fetch = require('node-fetch');
const { useAgent } = require('request-filtering-agent');

exports.importFeed = async (req, res) => {
  const feedUrl = req.body.feedUrl;
  const response = await fetch(feedUrl, { agent: useAgent(feedUrl), redirect: 'error' });
  res.json({ status: response.status });
};
