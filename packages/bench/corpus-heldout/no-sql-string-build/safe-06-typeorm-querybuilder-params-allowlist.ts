// pattern: TypeORM createQueryBuilder with :named parameters and an orderBy column picked from a constant map
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Product } from './product.entity';

const SORTABLE: Record<string, string> = {
  newest: 'p.createdAt',
  price: 'p.price',
  name: 'p.name',
};

@Injectable()
export class CatalogService {
  constructor(@InjectRepository(Product) private readonly products: Repository<Product>) {}

  search(term: string, sort = 'newest') {
    const orderColumn = SORTABLE[sort] ?? SORTABLE.newest;
    return this.products
      .createQueryBuilder('p')
      .where('p.visible = :visible', { visible: true })
      .andWhere('(p.name ILIKE :term OR p.sku = :sku)', { term: `%${term}%`, sku: term })
      .orderBy(orderColumn, 'DESC')
      .take(24)
      .getMany();
  }
}
