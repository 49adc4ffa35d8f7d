#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';

const [, , url, out = 'download.bin'] = process.argv;

const response = await fetch(url);
await writeFile(out, Buffer.from(await response.arrayBuffer()));
console.log(`saved ${out}`);
