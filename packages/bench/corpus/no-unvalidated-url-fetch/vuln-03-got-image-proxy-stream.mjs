import express from 'express';
import got from 'got';

const router = express.Router();

router.get('/image-proxy', (req, res) => {
  const source = req.query.src;
  got.stream(source, { followRedirect: false }).on('error', () => res.status(502).end()).pipe(res);
});

export default router;
