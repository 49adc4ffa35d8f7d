// pattern: koa-body multipart (formidable File) moved with fs.rename to the formidable-generated newFilename
const fs = require('fs/promises');
const path = require('path');
const Router = require('@koa/router');

const router = new Router();
const AUDIO_DIR = path.resolve(__dirname, '../../storage/audio');

router.post('/api/recordings', async (ctx) => {
  const recording = ctx.request.files && ctx.request.files.recording;
  if (!recording || Array.isArray(recording)) {
    ctx.throw(400, 'exactly one recording is required');
  }

  const target = path.join(AUDIO_DIR, recording.newFilename);
  await fs.rename(recording.filepath, target);

  ctx.status = 201;
  ctx.body = {
    id: recording.newFilename,
    title: recording.originalFilename,
  };
});

module.exports = router;
