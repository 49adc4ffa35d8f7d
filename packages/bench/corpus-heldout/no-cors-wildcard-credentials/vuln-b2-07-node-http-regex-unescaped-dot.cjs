// pattern: plain node:http server with hand-written CORS and an origin regex (zjhch123/emiya-node-template setCORS.js shape, MDN CORS guide); flaw at line 5
const http = require('node:http');
const { handleApi } = require('./api');

const ALLOWED_ORIGIN = /^https:\/\/(www|app|admin).northwind-tools.com$/;

function applyCors(req, res) {
  const origin = req.headers.origin;
  if (origin && ALLOWED_ORIGIN.test(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-CSRF-Token');
}

const server = http.createServer((req, res) => {
  applyCors(req, res);
  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    return res.end();
  }
  return handleApi(req, res);
});

server.listen(process.env.PORT || 8080);
