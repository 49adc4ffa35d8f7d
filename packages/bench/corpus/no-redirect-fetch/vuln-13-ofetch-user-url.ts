import { ofetch } from 'ofetch';
import { defineEventHandler, getQuery } from 'h3';

export default defineEventHandler(async (event) => {
  const { src } = getQuery(event);
  const data = await ofetch(String(src), { responseType: 'json' });
  return { data };
});
