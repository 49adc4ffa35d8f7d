// pattern: Express geocoding route calling a fixed Google Maps API host with the address as a query parameter
const express = require('express');

const router = express.Router();
const GEOCODE_ENDPOINT = 'https://maps.googleapis.com/maps/api/geocode/json';

router.get('/geocode', async (req, res) => {
  const address = String(req.query.address || '').trim();
  if (!address) {
    return res.status(400).json({ error: 'address is required' });
  }

  const url = new URL(GEOCODE_ENDPOINT);
  url.searchParams.set('address', address);
  url.searchParams.set('key', process.env.GOOGLE_MAPS_KEY);

  const response = await fetch(url);
  const data = await response.json();
  if (data.status !== 'OK') {
    return res.status(404).json({ error: 'address not found' });
  }
  const [first] = data.results;
  return res.json({ formatted: first.formatted_address, location: first.geometry.location });
});

module.exports = router;
