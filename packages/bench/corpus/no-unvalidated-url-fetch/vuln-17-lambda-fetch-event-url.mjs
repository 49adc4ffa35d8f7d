export const handler = async (event) => {
  const { url } = JSON.parse(event.body || '{}');
  const response = await fetch(url, { redirect: 'error' });
  return {
    statusCode: 200,
    body: JSON.stringify({ status: response.status, type: response.headers.get('content-type') }),
  };
};
