import axios from 'axios';

export async function searchBooks(q: string) {
  const { data } = await axios.get('https://openlibrary.org/search.json', { params: { q } });
  return data;
}
