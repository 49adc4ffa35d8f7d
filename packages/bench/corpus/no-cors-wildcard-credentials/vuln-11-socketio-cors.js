const http = require('http');
const { Server } = require('socket.io');
const app = require('./app');

const httpServer = http.createServer(app);
const io = new Server(httpServer, {
  cors: {
    origin: true,
    credentials: true,
  },
});

io.on('connection', (socket) => {
  socket.emit('hello', { id: socket.id });
});

httpServer.listen(3001);
