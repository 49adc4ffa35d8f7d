const { Server } = require('socket.io');

module.exports = function attach(httpServer) {
  return new Server(httpServer, {
    cors: {
      origin: ['https://chat.example.com'],
      credentials: true,
    },
  });
};
