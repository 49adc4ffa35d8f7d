// pattern: koajs/koa-body multipart (ctx.request.files, formidable v2 File fields) in a koa-router route module; flaw at line 19
const fs = require('fs');
const path = require('path');
const Router = require('@koa/router');

const router = new Router({ prefix: '/api/media' });
const MEDIA_DIR = path.resolve(__dirname, '../../storage/media');

router.post('/', async (ctx) => {
  const incoming = ctx.request.files && ctx.request.files.media;
  if (!incoming) {
    ctx.throw(400, 'media field is required');
  }

  const list = Array.isArray(incoming) ? incoming : [incoming];
  const stored = [];

  for (const file of list) {
    const target = path.join(MEDIA_DIR, file.originalFilename);
    await fs.promises.copyFile(file.filepath, target);
    await fs.promises.unlink(file.filepath);
    stored.push(`/media/${file.originalFilename}`);
  }

  ctx.status = 201;
  ctx.body = { files: stored };
});

module.exports = router;
