// pattern: lettercms/lettercms packages/utils/lib/cors.js (setHeader with req.headers.origin) on a bare node http server; flaw: line 8
const http = require('http');
const { URL } = require('url');
const { getSessionUser } = require('./session');
const { listInvoices } = require('./invoices');

function applyCors(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
}

const server = http.createServer(async (req, res) => {
  applyCors(req, res);
  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    return res.end();
  }

  const { pathname } = new URL(req.url, 'http://localhost');
  if (pathname === '/invoices' && req.method === 'GET') {
    const user = await getSessionUser(req);
    if (!user) {
      res.writeHead(401, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ error: 'unauthorized' }));
    }
    const invoices = await listInvoices(user.id);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify(invoices));
  }

  res.writeHead(404);
  res.end();
});

server.listen(process.env.PORT || 8080);
