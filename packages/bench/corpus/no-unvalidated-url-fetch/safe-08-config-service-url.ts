import axios from 'axios';
import { config } from './config';

export async function syncInventory(sku: string) {
  const { data } = await axios.get(`${config.inventoryServiceUrl}/items/${sku}`, { timeout: 5000 });
  return data;
}
