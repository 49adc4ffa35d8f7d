import axios from 'axios';
import type { Request, Response } from 'express';

export async function fetchFeed(req: Request, res: Response): Promise<void> {
  const response = await axios({
    method: 'get',
    url: String(req.query.feed),
    responseType: 'text',
    timeout: 10_000,
  });
  res.type('application/rss+xml').send(response.data as string);
}
