import { Router } from 'express';
import jsonwebtoken from 'jsonwebtoken';

const router = Router();

router.post('/refresh', (req, res) => {
  const { refreshToken } = req.body as { refreshToken: string };
  jsonwebtoken.verify(refreshToken, process.env.REFRESH_SECRET!, (err, payload) => {
    if (err) return res.status(401).json({ message: 'invalid refresh token' });
    const access = jsonwebtoken.sign({ sub: (payload as { sub: string }).sub }, process.env.JWT_SECRET!, { algorithm: 'HS256' });
    return res.json({ access });
  });
});

export default router;
