export async function getGithubUser(name: string) {
  const res = await fetch(`https://api.github.com/users/${encodeURIComponent(name)}`, {
    headers: { Accept: 'application/vnd.github+json' },
  });
  return res.json();
}
