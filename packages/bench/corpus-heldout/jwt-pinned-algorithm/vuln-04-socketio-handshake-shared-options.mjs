// pattern: socket.io io.use() handshake auth with jsonwebtoken and a module-level verify options object; flaw: line 21
import { Server } from 'socket.io';
import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';

const PUBLIC_KEY = readFileSync(process.env.JWT_PUBLIC_KEY_PATH ?? './keys/jwt.pub');

const VERIFY_OPTIONS = {
  issuer: 'accounts.tallyboard.app',
  audience: 'realtime',
  clockTolerance: 5,
};

export function attachRealtime(httpServer) {
  const io = new Server(httpServer, { path: '/rt' });

  io.use((socket, next) => {
    const token = socket.handshake.auth?.token ?? socket.handshake.query?.token;
    if (!token) return next(new Error('unauthorized'));

    jwt.verify(token, PUBLIC_KEY, VERIFY_OPTIONS, (err, claims) => {
      if (err) return next(new Error('unauthorized'));
      socket.data.userId = claims.sub;
      socket.data.boardIds = Array.isArray(claims.boards) ? claims.boards : [];
      return next();
    });
  });

  io.on('connection', (socket) => {
    socket.join(`user:${socket.data.userId}`);
    for (const boardId of socket.data.boardIds) {
      socket.join(`board:${boardId}`);
    }
    socket.on('cursor', (payload) => {
      socket.to(`board:${payload.boardId}`).emit('cursor', { ...payload, userId: socket.data.userId });
    });
  });

  return io;
}
