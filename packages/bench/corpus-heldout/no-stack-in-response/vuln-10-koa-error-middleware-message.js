// pattern: Koa error middleware (try { await next() } catch { ctx.status = err.status || 500; ctx.body = ... }); flaw at line 10
module.exports = function errorMiddleware() {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      ctx.status = err.statusCode || err.status || 500;
      ctx.body = {
        ok: false,
        error: err.message,
      };
      ctx.app.emit('error', err, ctx);
    }
  };
};
