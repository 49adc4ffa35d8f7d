import ky from 'ky';

export default async function handler(req, res) {
  const url = String(req.query.src);
  if (!url.endsWith('.example.com') && !url.endsWith('.example.com/')) {
    res.status(400).json({ error: 'bad source' });
    return;
  }
  const body = await ky.get(url, { redirect: 'manual' }).text();
  res.status(200).send(body);
}
