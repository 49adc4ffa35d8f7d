// pattern: plain node:http server relaying a "u" query parameter with http.get/https.get (Node.js docs http.get example); flaw at line 20
const http = require('node:http');
const https = require('node:https');

const server = http.createServer((req, res) => {
  const { pathname, searchParams } = new URL(req.url, `http://${req.headers.host}`);
  if (pathname !== '/relay') {
    res.writeHead(404);
    return res.end();
  }

  const target = searchParams.get('u');
  if (!target) {
    res.writeHead(400, { 'Content-Type': 'text/plain' });
    return res.end('missing u');
  }

  const client = target.startsWith('https:') ? https : http;
  client
    .get(target, (upstream) => {
      res.writeHead(upstream.statusCode || 502, {
        'Content-Type': upstream.headers['content-type'] || 'application/octet-stream',
      });
      upstream.pipe(res);
    })
    .on('error', () => {
      res.writeHead(502);
      res.end('bad gateway');
    });
});

server.listen(process.env.PORT || 8081);
