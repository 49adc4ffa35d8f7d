import got from 'got';

const PROVIDERS = {
  github: 'https://api.github.com/meta',
  gitlab: 'https://gitlab.com/api/v4/version',
};

export async function providerStatus(req, res) {
  const url = PROVIDERS[req.params.provider];
  if (!url) return res.status(404).end();
  const body = await got(url, { followRedirect: false }).json();
  res.json(body);
}
