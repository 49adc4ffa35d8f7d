import axios from 'axios';
import type { Request, Response } from 'express';

const github = axios.create({ baseURL: 'https://api.github.com', maxRedirects: 0 });

export async function repoInfo(req: Request, res: Response) {
  const { owner, repo } = req.params;
  const { data } = await github.get(`/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`);
  res.json({ stars: data.stargazers_count });
}
