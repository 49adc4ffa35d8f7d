export default {
  async fetch(request: Request): Promise<Response> {
    try {
      const body = await request.json();
      return Response.json({ received: body });
    } catch (e) {
      return new Response((e as Error).stack, { status: 500 });
    }
  },
};
