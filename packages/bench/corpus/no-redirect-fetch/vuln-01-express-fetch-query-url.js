const express = require('express');

const app = express();

app.get('/api/preview', async (req, res) => {
  const target = req.query.url;
  const response = await fetch(target);
  const html = await response.text();
  res.json({ length: html.length, title: html.match(/<title>(.*?)<\/title>/i)?.[1] ?? null });
});

module.exports = app;
