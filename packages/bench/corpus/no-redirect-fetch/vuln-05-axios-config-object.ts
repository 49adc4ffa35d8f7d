import axios from 'axios';

export async function fetchFeed(feedUrl: string): Promise<string> {
  const response = await axios({
    method: 'get',
    url: feedUrl,
    responseType: 'text',
    timeout: 10_000,
  });
  return response.data as string;
}
