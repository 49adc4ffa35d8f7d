const fs = require('fs/promises');
const path = require('path');
const Router = require('@koa/router');

const router = new Router();
const MEDIA_DIR = path.resolve(__dirname, '../../media');

router.post('/media', async (ctx) => {
  const media = ctx.request.files && ctx.request.files.media;
  if (!media || Array.isArray(media)) ctx.throw(400, 'one file expected');
  await fs.copyFile(media.filepath, path.join(MEDIA_DIR, media.newFilename));
  ctx.status = 201;
  ctx.body = { id: media.newFilename, title: media.originalFilename };
});

module.exports = router;
