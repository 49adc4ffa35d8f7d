// pattern: TypeORM SelectQueryBuilder with andWhere parameters and orderBy from a DTO (catalog listing); flaw at line 26
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Product } from './product.entity';

export class ListProductsDto {
  category?: string;
  sortField?: string;
  sortOrder?: 'ASC' | 'DESC';
  page?: number;
}

@Injectable()
export class CatalogService {
  constructor(@InjectRepository(Product) private readonly products: Repository<Product>) {}

  list(dto: ListProductsDto) {
    const qb = this.products.createQueryBuilder('p').where('p.visible = :visible', { visible: true });

    if (dto.category) {
      qb.andWhere('p.category = :category', { category: dto.category });
    }

    const field = dto.sortField ?? 'createdAt';
    qb.orderBy(`p.${field}`, dto.sortOrder === 'ASC' ? 'ASC' : 'DESC');

    const page = dto.page ?? 1;
    return qb.skip((page - 1) * 24).take(24).getManyAndCount();
  }
}
