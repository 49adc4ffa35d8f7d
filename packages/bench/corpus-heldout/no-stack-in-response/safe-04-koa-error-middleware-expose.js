// pattern: Koa error middleware honouring http-errors' err.expose, generic body for everything else
module.exports = function errorMiddleware() {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (err.expose) {
        ctx.status = err.status;
        ctx.body = { ok: false, error: err.message };
        return;
      }

      ctx.status = 500;
      ctx.body = { ok: false, error: 'Internal Server Error' };
      ctx.app.emit('error', err, ctx);
    }
  };
};
