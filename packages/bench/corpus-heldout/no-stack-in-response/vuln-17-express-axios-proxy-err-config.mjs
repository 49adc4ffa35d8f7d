// pattern: Express route proxying to an upstream API with axios, catch block forwarding error details; flaw at line 22
import express from 'express';
import axios from 'axios';

const router = express.Router();

const weatherApi = axios.create({
  baseURL: 'https://api.weatherprovider.example/v2',
  timeout: 5000,
  params: { apikey: process.env.WEATHER_API_KEY },
});

router.get('/forecast/:city', async (req, res) => {
  try {
    const { data } = await weatherApi.get('/forecast', { params: { q: req.params.city, days: 5 } });
    res.json(data);
  } catch (err) {
    const status = err.response ? err.response.status : 502;
    res.status(status).json({
      message: 'Upstream weather service failed',
      upstreamStatus: err.response && err.response.status,
      request: err.config,
    });
  }
});

export default router;
