// pattern: Socket.IO v4 server cors option with an origin callback (socket.io docs "Handling CORS"); flaw at line 12
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { app } from './app.js';
import { registerChatHandlers } from './chat.js';

const httpServer = createServer(app);

const io = new Server(httpServer, {
  cors: {
    origin: (origin, callback) => {
      callback(null, !origin || origin.includes('chatterbox'));
    },
    credentials: true,
  },
  pingTimeout: 20000,
});

io.on('connection', (socket) => {
  registerChatHandlers(io, socket);
});

httpServer.listen(process.env.PORT || 3001, () => {
  console.log('realtime server listening');
});
