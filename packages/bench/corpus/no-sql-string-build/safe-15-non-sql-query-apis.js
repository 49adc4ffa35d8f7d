const express = require('express');
const redis = require('./redis');
const search = require('./search-client');

const app = express();

app.get('/cache/:key', async (req, res) => {
  const value = await redis.get(`cache:${req.params.key}`);
  res.json({ value });
});

app.get('/search', async (req, res) => {
  const hits = await search.query(`title:${req.query.q}`, { size: 20 });
  res.json(hits);
});

app.listen(3000);
