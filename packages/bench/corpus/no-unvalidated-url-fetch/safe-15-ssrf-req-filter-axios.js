const axios = require('axios');
const ssrfFilter = require('ssrf-req-filter');

module.exports = async function unfurl(req, res) {
  const link = req.query.link;
  const { data } = await axios.get(link, { httpAgent: ssrfFilter(link), httpsAgent: ssrfFilter(link), maxRedirects: 0 });
  res.send(String(data).slice(0, 500));
};
