const express = require('express');
const cors = require('cors');

const corsOptions = {
  origin: true,
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
};

const app = express();
app.options('*', cors(corsOptions));
app.use(cors(corsOptions));

app.get('/api/profile', (req, res) => res.json(req.user));

module.exports = app;
