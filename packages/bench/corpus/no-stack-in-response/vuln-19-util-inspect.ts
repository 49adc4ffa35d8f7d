import { inspect } from 'node:util';
import type { Request, Response } from 'express';
import { runJob } from './jobs';

export async function trigger(req: Request, res: Response) {
  try {
    await runJob(req.params.name);
    res.sendStatus(202);
  } catch (err) {
    res.status(500).send(inspect(err));
  }
}
