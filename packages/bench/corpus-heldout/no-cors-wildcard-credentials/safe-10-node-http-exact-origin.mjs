// pattern: lettercms/lettercms packages/utils/lib/cors.js (setHeader CORS helper) on a bare node http server
import http from 'node:http';
import { getSessionUser } from './session.mjs';
import { listInvoices } from './invoices.mjs';

const DASHBOARD_ORIGIN = 'https://dashboard.invoicely.co';

function applyCors(req, res) {
  res.setHeader('Vary', 'Origin');
  if (req.headers.origin === DASHBOARD_ORIGIN) {
    res.setHeader('Access-Control-Allow-Origin', DASHBOARD_ORIGIN);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  }
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
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify(await listInvoices(user.id)));
  }

  res.writeHead(404);
  res.end();
});

server.listen(process.env.PORT || 8080);
