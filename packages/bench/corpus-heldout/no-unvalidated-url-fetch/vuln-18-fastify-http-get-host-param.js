// pattern: Fastify route calling node http.get with an options object whose host comes from the querystring; flaw: line 10
'use strict';

const http = require('node:http');

module.exports = async function printerRoutes(fastify) {
  fastify.get('/printers/status', (request, reply) => {
    const { host, port = 631 } = request.query;

    const req = http.get(
      { host, port: Number(port), path: '/ipp/print/status', timeout: 2000 },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => { raw += chunk; });
        res.on('end', () => reply.send({ host, online: res.statusCode === 200, detail: raw.slice(0, 500) }));
      }
    );
    req.on('error', (err) => reply.code(504).send({ host, online: false, error: err.code }));
  });
};
