module.exports = function registerOrders(io, orders) {
  io.on('connection', (socket) => {
    socket.on('order:create', async (payload, ack) => {
      try {
        ack({ ok: true, id: (await orders.create(payload)).id });
      } catch (err) {
        console.error('order:create failed', err);
        ack({ ok: false, error: 'could not create order' });
      }
    });
  });
};
