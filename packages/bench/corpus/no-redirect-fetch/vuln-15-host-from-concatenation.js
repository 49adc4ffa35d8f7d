const express = require('express');

const app = express();

app.get('/status/:service', async (req, res) => {
  const url = 'http://' + req.params.service + '.internal.example.com/health';
  const upstream = await fetch(url);
  res.status(upstream.status).end();
});

module.exports = app;
