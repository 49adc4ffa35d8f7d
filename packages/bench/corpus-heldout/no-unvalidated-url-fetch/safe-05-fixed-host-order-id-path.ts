// pattern: Express route calling a fixed partner API host with the order id from req.params in the path
import axios from 'axios';
import { Router, type Request, type Response } from 'express';

const SHIPPING_API = 'https://api.parcelpoint.io';

export const trackingRouter = Router();

trackingRouter.get('/orders/:orderId/tracking', async (req: Request, res: Response) => {
  const { orderId } = req.params;
  const carrier = typeof req.query.carrier === 'string' ? req.query.carrier : undefined;

  const { data } = await axios.get(`${SHIPPING_API}/v3/shipments/${encodeURIComponent(orderId)}/events`, {
    params: { carrier },
    headers: { 'x-api-key': process.env.PARCELPOINT_KEY as string },
    timeout: 5000,
  });

  res.json({
    orderId,
    status: data.status,
    events: data.events.map((e: { at: string; description: string }) => ({ at: e.at, text: e.description })),
  });
});
