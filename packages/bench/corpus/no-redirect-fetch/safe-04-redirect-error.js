const express = require('express');

const app = express();

app.get('/check', async (req, res) => {
  const response = await fetch(req.query.url, { redirect: 'error' });
  res.json({ status: response.status });
});

module.exports = app;
