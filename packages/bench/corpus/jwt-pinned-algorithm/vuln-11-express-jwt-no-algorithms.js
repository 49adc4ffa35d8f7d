const express = require('express');
const { expressjwt } = require('express-jwt');

const app = express();

app.use(
  '/api',
  expressjwt({
    secret: process.env.JWT_SECRET,
    requestProperty: 'auth',
  })
);

app.get('/api/profile', (req, res) => res.json({ id: req.auth.sub }));

app.listen(3000);
