// pattern: backend-for-frontend route forwarding to process.env.API_URL with only the path taken from the request
import axios from 'axios';
import { Router, type Request, type Response } from 'express';

const api = axios.create({
  baseURL: process.env.INVENTORY_API_URL,
  timeout: 5000,
  headers: { Authorization: `Bearer ${process.env.INVENTORY_API_TOKEN}` },
});

export const inventoryRouter = Router();

inventoryRouter.get('/warehouses/:warehouseId/items', async (req: Request, res: Response) => {
  const { warehouseId } = req.params;
  const page = Number(req.query.page ?? 1);

  const { data } = await api.get(`/v2/warehouses/${encodeURIComponent(warehouseId)}/items`, {
    params: { page, per_page: 50 },
  });
  res.json(data);
});

inventoryRouter.get('/items/:sku', async (req: Request, res: Response) => {
  const { data } = await api.get(`/v2/items/${encodeURIComponent(req.params.sku)}`);
  res.json(data);
});
