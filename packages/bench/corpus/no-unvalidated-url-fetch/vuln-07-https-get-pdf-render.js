const https = require('https');

module.exports = function renderRoutes(app) {
  app.get('/render/pdf', (req, res) => {
    https
      .get(req.query.document, (upstream) => {
        res.setHeader('content-type', 'application/pdf');
        upstream.pipe(res);
      })
      .on('error', () => res.status(502).end());
  });
};
