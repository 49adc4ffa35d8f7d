module.exports = function registerChat(io, store) {
  io.on('connection', (socket) => {
    socket.on('message:create', async (payload, ack) => {
      try {
        const saved = await store.save(payload);
        ack({ ok: true, id: saved.id });
      } catch (err) {
        ack({ ok: false, error: err.stack });
      }
    });
  });
};
