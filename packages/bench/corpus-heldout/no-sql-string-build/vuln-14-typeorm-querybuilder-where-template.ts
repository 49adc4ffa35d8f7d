// pattern: TypeORM repository.createQueryBuilder(...).where(...) in a users repository (getByName shape); flaw at line 11
import { AppDataSource } from '../data-source';
import { User } from '../entity/User';

const userRepository = AppDataSource.getRepository(User);

export async function findByEmailOrUsername(identifier: string) {
  return userRepository
    .createQueryBuilder('user')
    .leftJoinAndSelect('user.profile', 'profile')
    .where(`user.email = '${identifier}' OR user.username = '${identifier}'`)
    .andWhere('user.isActive = :active', { active: true })
    .getOne();
}
