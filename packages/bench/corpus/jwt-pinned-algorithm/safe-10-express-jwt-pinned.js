const express = require('express');
const { expressjwt } = require('express-jwt');

const app = express();

app.use(
  '/api',
  expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] })
);

app.get('/api/profile', (req, res) => res.json({ id: req.auth.sub }));

module.exports = app;
