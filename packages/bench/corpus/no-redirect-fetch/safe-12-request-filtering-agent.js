const axios = require('axios');
const { useAgent } = require('request-filtering-agent');

async function fetchPreview(url) {
  const res = await axios.get(url, { httpAgent: useAgent(url), httpsAgent: useAgent(url) });
  return res.data;
}

module.exports = { fetchPreview };
