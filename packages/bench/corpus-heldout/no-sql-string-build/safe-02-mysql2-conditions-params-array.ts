// pattern: mysql2/promise repository building WHERE from constant fragments with ? placeholders and a params array
import { Pool, RowDataPacket } from 'mysql2/promise';

export interface JobFilters {
  city?: string;
  remote?: boolean;
  minSalary?: number;
  tags?: string[];
}

export class JobRepository {
  constructor(private readonly pool: Pool) {}

  async find(filters: JobFilters) {
    const conditions: string[] = ['published = 1'];
    const params: unknown[] = [];

    if (filters.city) {
      conditions.push('city = ?');
      params.push(filters.city);
    }
    if (filters.remote !== undefined) {
      conditions.push('remote = ?');
      params.push(filters.remote ? 1 : 0);
    }
    if (filters.minSalary) {
      conditions.push('salary_max >= ?');
      params.push(filters.minSalary);
    }
    if (filters.tags?.length) {
      conditions.push(`id IN (SELECT job_id FROM job_tags WHERE tag IN (${filters.tags.map(() => '?').join(', ')}))`);
      params.push(...filters.tags);
    }

    const sql = `SELECT id, title, city, remote, salary_min, salary_max FROM jobs WHERE ${conditions.join(' AND ')} ORDER BY created_at DESC LIMIT 100`;
    const [rows] = await this.pool.execute<RowDataPacket[]>(sql, params);
    return rows;
  }
}
