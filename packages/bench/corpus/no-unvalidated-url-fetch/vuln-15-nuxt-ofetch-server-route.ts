export default defineEventHandler(async (event) => {
  const { target } = getQuery(event);
  const html = await $fetch<string>(String(target), { redirect: 'manual', responseType: 'text' });
  return { length: html.length };
});
