import { Controller, Get, HttpException, HttpStatus, Param } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  async findOne(@Param('id') id: string) {
    try {
      return await this.users.findOne(id);
    } catch (error) {
      throw new HttpException({ status: HttpStatus.INTERNAL_SERVER_ERROR, error: error.stack }, HttpStatus.INTERNAL_SERVER_ERROR);
    }
  }
}
