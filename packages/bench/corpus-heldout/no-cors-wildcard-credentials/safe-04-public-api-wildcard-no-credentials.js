// pattern: expressjs/cors README simple usage for a public, token-free read API
const express = require('express');
const cors = require('cors');
const { searchStations, getStation } = require('./stations');

const app = express();

const publicCors = cors({
  origin: '*',
  methods: ['GET', 'HEAD', 'OPTIONS'],
  maxAge: 86400,
});

app.use('/v1', publicCors);

app.get('/v1/stations', async (req, res) => {
  const results = await searchStations({ q: String(req.query.q || ''), limit: 25 });
  res.set('Cache-Control', 'public, max-age=300');
  res.json(results);
});

app.get('/v1/stations/:id', async (req, res) => {
  const station = await getStation(req.params.id);
  if (!station) return res.status(404).json({ error: 'not found' });
  return res.json(station);
});

module.exports = app;
