import axios from 'axios';

// A library helper: its callers decide the URL; no request data reaches it in this module.
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await axios.get<T>(url, { timeout: 5000 });
  return response.data;
}
