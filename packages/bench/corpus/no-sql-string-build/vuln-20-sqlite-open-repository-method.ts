import { open, type Database } from 'sqlite';
import sqlite3 from 'sqlite3';

export class SessionStore {
  private db?: Database;

  async init() {
    this.db = await open({ filename: './sessions.db', driver: sqlite3.Database });
  }

  async findByToken(token: string) {
    return this.db?.get(`SELECT user_id, expires_at FROM sessions WHERE token = '${token}'`);
  }
}
