// pattern: sequelize docs "Sub Queries" (attributes include sequelize.literal subquery) in a posts service; flaw at line 14
import { Sequelize } from 'sequelize';
import { Post } from '../models/Post';

export class PostService {
  constructor(private readonly sequelize: Sequelize) {}

  async listWithReactionCount(reactionType: string) {
    return Post.findAll({
      attributes: {
        include: [
          [
            this.sequelize.literal(
              `(SELECT COUNT(*) FROM reactions AS reaction WHERE reaction."postId" = "Post"."id" AND reaction."type" = '${reactionType}')`,
            ),
            'reactionCount',
          ],
        ],
      },
      order: [['createdAt', 'DESC']],
      limit: 50,
    });
  }
}
