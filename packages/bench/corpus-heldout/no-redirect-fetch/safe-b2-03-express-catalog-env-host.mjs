// pattern: backend-for-frontend route calling an internal service whose base URL comes from env, only the path from the request
import { Router } from 'express';
import axios from 'axios';

const catalog = axios.create({
  baseURL: process.env.CATALOG_API_URL,
  timeout: 5000,
  headers: { 'x-api-key': process.env.CATALOG_API_KEY },
});

const router = Router();

router.get('/products/:sku', async (req, res, next) => {
  try {
    const sku = encodeURIComponent(req.params.sku);
    const { data } = await catalog.get(`/v2/products/${sku}`, {
      params: { locale: req.query.locale || 'en-US' },
    });
    res.json({ sku: data.sku, title: data.title, price: data.price });
  } catch (err) {
    next(err);
  }
});

router.get('/stock/:sku', async (req, res, next) => {
  try {
    const r = await fetch(`${process.env.INVENTORY_URL}/stock/${encodeURIComponent(req.params.sku)}`);
    res.json(await r.json());
  } catch (err) {
    next(err);
  }
});

export default router;
