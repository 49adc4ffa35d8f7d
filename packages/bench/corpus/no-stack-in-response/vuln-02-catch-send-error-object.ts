import { Router } from 'express';
import { prisma } from './prisma';

const router = Router();

router.get('/orders/:id', async (req, res) => {
  try {
    const order = await prisma.order.findUniqueOrThrow({ where: { id: req.params.id } });
    res.json(order);
  } catch (error) {
    res.status(500).json({ error });
  }
});

export default router;
