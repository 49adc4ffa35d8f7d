const axios = require('axios');

const client = axios.create({ timeout: 3000, maxRedirects: 0 });

async function checkStatus(req, res) {
  const { data, status } = await client.get(req.query.statusPage);
  res.json({ status, body: typeof data === 'string' ? data.slice(0, 200) : data });
}

module.exports = { checkStatus };
