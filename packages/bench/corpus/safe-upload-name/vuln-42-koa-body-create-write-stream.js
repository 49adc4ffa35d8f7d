const fs = require('fs');
const path = require('path');
const Router = require('@koa/router');

const router = new Router({ prefix: '/api/avatars' });
const AVATAR_DIR = path.resolve(__dirname, '../../public/avatars');

router.post('/', async (ctx) => {
  const { avatar } = ctx.request.files || {};
  if (!avatar) ctx.throw(400, 'avatar is required');
  const reader = fs.createReadStream(avatar.filepath);
  const writer = fs.createWriteStream(path.join(AVATAR_DIR, avatar.originalFilename));
  reader.pipe(writer);
  ctx.body = { url: `/avatars/${avatar.originalFilename}` };
});

module.exports = router;
