const axios = require('axios');
const router = require('express').Router();

router.post('/webhooks/test', async (req, res) => {
  const { callbackUrl } = req.body;
  try {
    const result = await axios.get(callbackUrl, { timeout: 5000 });
    res.json({ status: result.status });
  } catch (err) {
    res.status(502).json({ error: 'callback failed' });
  }
});

module.exports = router;
