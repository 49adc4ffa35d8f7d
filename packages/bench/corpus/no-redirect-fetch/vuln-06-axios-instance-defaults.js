import axios from 'axios';

const http = axios.create({
  timeout: 8000,
  headers: { 'User-Agent': 'link-checker/1.0' },
});

export async function checkLink(link) {
  const res = await http.head(link);
  return res.status < 400;
}
