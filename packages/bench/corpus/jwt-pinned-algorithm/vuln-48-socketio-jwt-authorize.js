const { Server } = require('socket.io');
const socketioJwt = require('socketio-jwt');

module.exports = function attach(httpServer) {
  const io = new Server(httpServer);
  io.use(socketioJwt.authorize({ secret: process.env.JWT_SECRET, handshake: true }));
  io.on('connection', (socket) => socket.join(`user:${socket.decoded_token.sub}`));
  return io;
};
