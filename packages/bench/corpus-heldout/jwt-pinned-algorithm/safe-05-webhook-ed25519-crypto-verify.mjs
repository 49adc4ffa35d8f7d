// pattern: Discord interactions endpoint signature check with node:crypto verify (Ed25519)
import crypto from 'node:crypto';
import express from 'express';

const app = express();

const publicKey = crypto.createPublicKey({
  key: Buffer.concat([
    Buffer.from('302a300506032b6570032100', 'hex'),
    Buffer.from(process.env.DISCORD_PUBLIC_KEY, 'hex'),
  ]),
  format: 'der',
  type: 'spki',
});

function verify(rawBody, signature, timestamp) {
  if (!signature || !timestamp) return false;
  return crypto.verify(
    null,
    Buffer.concat([Buffer.from(timestamp), rawBody]),
    publicKey,
    Buffer.from(signature, 'hex'),
  );
}

app.post('/interactions', express.raw({ type: 'application/json' }), (req, res) => {
  const ok = verify(req.body, req.get('x-signature-ed25519'), req.get('x-signature-timestamp'));
  if (!ok) {
    return res.status(401).send('invalid request signature');
  }

  const interaction = JSON.parse(req.body.toString('utf8'));
  if (interaction.type === 1) {
    return res.json({ type: 1 });
  }
  return res.json({ type: 4, data: { content: `Received ${interaction.data?.name ?? 'interaction'}` } });
});

app.listen(process.env.PORT ?? 8080);
