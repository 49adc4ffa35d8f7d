import express from 'express';
import fileUpload, { UploadedFile } from 'express-fileupload';
import { randomUUID } from 'node:crypto';

const app = express();
app.use(fileUpload({ limits: { fileSize: 2_000_000 } }));

app.post('/logo', async (req, res) => {
  const logo = req.files?.logo as UploadedFile | undefined;
  if (!logo || logo.mimetype !== 'image/png') {
    return res.status(415).json({ error: 'PNG only' });
  }
  await logo.mv(`./public/logos/${randomUUID()}.png`);
  return res.status(201).end();
});

export default app;
