// pattern: socket.io createSocketServer(server) with allowedOrigins imported from a cors config module
const { Server } = require('socket.io');
const sessionMiddleware = require('./session');

const allowedOrigins = ['https://iot.dangtinh.vn', 'https://console.dangtinh.vn'];

function createSocketServer(httpServer) {
  const io = new Server(httpServer, {
    cors: {
      origin: allowedOrigins,
      methods: ['GET', 'POST'],
      credentials: true,
    },
  });

  io.engine.use(sessionMiddleware);
  io.on('connection', (socket) => {
    const { userId } = socket.request.session || {};
    if (!userId) {
      socket.disconnect(true);
      return;
    }
    socket.join(`device-owner:${userId}`);
  });
  return io;
}

module.exports = createSocketServer;
