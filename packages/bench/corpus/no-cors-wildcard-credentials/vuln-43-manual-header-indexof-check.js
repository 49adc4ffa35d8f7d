const express = require('express');

const app = express();

function allowCors(req, res, next) {
  const origin = req.headers.origin;
  if (origin && origin.indexOf('shopfront.dev') !== -1) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  if (req.method === 'OPTIONS') return res.sendStatus(204);
  next();
}

app.use(allowCors);
app.get('/api/cart', (req, res) => res.json(req.session.cart));

module.exports = app;
