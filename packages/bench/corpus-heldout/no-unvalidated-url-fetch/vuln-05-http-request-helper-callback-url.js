// pattern: payment callback notifier with a local http.request helper (no client library), URL from the request body; flaw: line 9
const http = require('http');
const https = require('https');

function postJson(target, payload) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(payload);
    const transport = target.startsWith('https:') ? https : http;
    const req = transport.request(
      target,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      }
    );
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
    req.end(body);
  });
}

exports.createCharge = async (req, res) => {
  const { amount, currency, callbackUrl } = req.body;
  const charge = await req.app.locals.payments.charge({ amount, currency, customer: req.user.id });

  let callbackStatus = null;
  if (callbackUrl) {
    callbackStatus = await postJson(callbackUrl, { id: charge.id, status: charge.status }).catch(() => 'failed');
  }
  res.status(201).json({ id: charge.id, status: charge.status, callbackStatus });
};
