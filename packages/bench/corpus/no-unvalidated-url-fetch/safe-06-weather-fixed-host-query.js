const express = require('express');

const router = express.Router();

router.get('/weather', async (req, res) => {
  const city = encodeURIComponent(String(req.query.city || 'London'));
  const response = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=${process.env.OWM_KEY}`);
  res.json(await response.json());
});

module.exports = router;
