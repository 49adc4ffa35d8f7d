// pattern: Koa route streaming a remote file with node http/https get (no client library); flaw: line 12
import http from 'node:http';
import https from 'node:https';
import { PassThrough } from 'node:stream';
import Router from '@koa/router';

export const mirrorRouter = new Router();

function open(url) {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    client.get(url, resolve).on('error', reject);
  });
}

mirrorRouter.get('/mirror', async (ctx) => {
  const target = new URL(ctx.query.src);
  const upstream = await open(target);

  ctx.status = upstream.statusCode ?? 502;
  ctx.type = upstream.headers['content-type'] ?? 'application/octet-stream';
  ctx.body = upstream.pipe(new PassThrough());
});
