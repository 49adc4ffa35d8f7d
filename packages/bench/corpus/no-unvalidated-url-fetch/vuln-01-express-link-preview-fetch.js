const express = require('express');
const cheerio = require('cheerio');

const app = express();

app.get('/api/link-preview', async (req, res) => {
  const response = await fetch(req.query.url, { redirect: 'error' });
  const $ = cheerio.load(await response.text());
  res.json({ title: $('title').text(), description: $('meta[name=description]').attr('content') });
});

app.listen(3000);
