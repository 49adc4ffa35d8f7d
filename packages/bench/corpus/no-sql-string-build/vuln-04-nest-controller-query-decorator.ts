import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('invoices')
export class InvoiceController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@Query('customer') customer: string) {
    return this.dataSource.query(
      `SELECT id, number, total FROM invoices WHERE customer_ref = '${customer}' ORDER BY issued_at DESC`,
    );
  }
}
