// pattern: NestJS service using TypeORM DataSource.query for a raw aggregate; flaw at line 15
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class LeaderboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async topPlayers(season: string, region: string) {
    const rows = await this.dataSource.query(
      `SELECT p.id, p.nickname, SUM(m.score) AS total
         FROM players p
         JOIN matches m ON m.player_id = p.id
        WHERE m.season = $1 AND p.region = '${region}'
        GROUP BY p.id
        ORDER BY total DESC
        LIMIT 100`,
      [season],
    );
    return rows;
  }
}
