import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Article } from './article.entity';

@Injectable()
export class ArticleSearchService {
  constructor(@InjectRepository(Article) private readonly articles: Repository<Article>) {}

  search(keyword: string) {
    return this.articles
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.author', 'author')
      .where(`a.title ILIKE '%${keyword}%'`)
      .andWhere('a.published = :published', { published: true })
      .getMany();
  }
}
