module.exports = async function errors(ctx, next) {
  try {
    await next();
  } catch (err) {
    ctx.app.emit('error', err, ctx);
    ctx.status = 500;
    ctx.body = { error: 'Internal Server Error' };
  }
};
