// pattern: dangtinh97/IOT index.js (socket.io server cors origin '*' with credentials); flaw: line 12
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const sessionMiddleware = require('./session');

const app = express();
const httpServer = http.createServer(app);

const io = new Server(httpServer, {
  cors: {
    origin: '*',
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
  socket.on('device:command', (cmd) => {
    io.to(`device:${cmd.deviceId}`).emit('command', { ...cmd, issuedBy: userId });
  });
});

httpServer.listen(parseInt(process.env.PORT || '3003', 10));
