// pattern: mysql2/promise Pool.query with an IN (...) list joined from the request body (bulk archive service); flaw at line 12
import { Pool, ResultSetHeader } from 'mysql2/promise';

export class NotificationService {
  constructor(private readonly pool: Pool) {}

  async archiveMany(userId: number, notificationIds: Array<string | number>): Promise<number> {
    if (!notificationIds.length) return 0;

    const idList = notificationIds.join(',');
    const [result] = await this.pool.query<ResultSetHeader>(
      `UPDATE notifications SET archived_at = NOW() WHERE user_id = ? AND id IN (${idList})`,
      [userId],
    );
    return result.affectedRows;
  }
}

// wired in routes/notifications.ts:
//   router.post('/archive', (req, res) => service.archiveMany(req.user.id, req.body.ids).then(n => res.json({ n })))
