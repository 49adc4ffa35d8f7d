import { Router } from 'express';
import { z } from 'zod';

const router = Router();
const Body = z.object({ email: z.string().email() });

router.post('/subscribe', (req, res) => {
  try {
    const body = Body.parse(req.body);
    return res.status(201).json({ email: body.email });
  } catch (err) {
    return res.status(400).json({ error: (err as Error).message });
  }
});

export default router;
