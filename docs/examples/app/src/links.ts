// The fixed version of the link preview: a constant host is not reported, and a user-supplied URL
// is fetched without following redirects.
export async function fetchRepository(owner: string, name: string): Promise<unknown> {
  const response = await fetch(`https://api.github.com/repos/${owner}/${name}`);
  return response.json();
}

export async function fetchPreview(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'error' });
  return response.text();
}
