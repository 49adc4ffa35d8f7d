const decoder = new TextDecoder();

export async function readJsonBody(request) {
  const buffer = await request.arrayBuffer();
  const text = decoder.decode(buffer);
  return JSON.parse(text);
}
