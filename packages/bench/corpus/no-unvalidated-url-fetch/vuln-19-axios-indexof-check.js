const axios = require('axios');
const router = require('express').Router();

router.post('/integrations/verify', async (req, res) => {
  const apiBase = req.body.apiBase;
  if (apiBase.indexOf('https://api.service.com') !== 0) {
    return res.status(422).json({ error: 'invalid api base' });
  }
  const { data } = await axios.get(`${apiBase}/v1/me`, { maxRedirects: 0, headers: { authorization: req.body.token } });
  res.json({ account: data.id });
});

module.exports = router;
