import rule from '../../src/rules/safe-upload-name';
import { createRuleTester } from '../rule-tester';

createRuleTester().run('safe-upload-name', rule, {
  valid: [
    `import multer from 'multer';
import { randomUUID } from 'crypto';
import fs from 'fs';
const upload = multer();
app.post('/u', upload.single('f'), async (req, res) => {
  const name = \`\${randomUUID()}.png\`;
  fs.writeFileSync(\`uploads/\${name}\`, req.file.buffer);
  await db.files.insert({ originalName: req.file.originalname, storedAs: name });
  console.log('saved upload', req.file.originalname);
});`,
    `import multer from 'multer';
import { randomUUID } from 'node:crypto';
const EXTENSIONS = { 'image/png': '.png', 'image/jpeg': '.jpg' };
const storage = multer.diskStorage({
  filename: (req, file, cb) => cb(null, randomUUID() + EXTENSIONS[file.originalname.split('.').pop()]),
});`,
    `import fs from 'fs';
function save(file) {
  fs.writeFileSync(\`out/\${file.originalname}\`, file.data);
}`,
    `import fs from 'fs';
const file = { name: 'report.pdf', type: 'application/pdf' };
if (file.type === 'application/pdf') fs.writeFileSync(\`reports/\${file.name}\`, data);`,
    `import multer from 'multer';
import { fileTypeFromBuffer } from 'file-type';
const upload = multer({ fileFilter: (req, file, cb) => cb(null, file.mimetype === 'image/png') });
app.post('/u', upload.single('f'), async (req, res) => {
  const type = await fileTypeFromBuffer(req.file.buffer);
  if (type?.mime !== 'image/png') return res.sendStatus(415);
});`,
    `import multer from 'multer';
import path from 'path';
import fs from 'fs';
const upload = multer();
app.post('/u', upload.single('doc'), (req, res) => {
  fs.writeFileSync(path.join('uploads', path.basename(req.file.originalname)), req.file.buffer);
});`,
    `import multer from 'multer';
import path from 'path';
const storage = multer.diskStorage({
  filename: (req, file, cb) => cb(null, Date.now() + '-' + Math.round(Math.random() * 1e9) + path.extname(file.originalname)),
});`,
    `import multer from 'multer';
import fs from 'fs';
app.post('/u', multer().single('f'), (req, res) => {
  fs.open(req.file.originalname, 'r', () => {});
  fs.readFile(\`uploads/\${req.file.originalname}\`, () => {});
});`,
    `import multer from 'multer';
import { createHash } from 'crypto';
const storage = multer.diskStorage({
  filename: (req, file, cb) => cb(null, createHash('sha256').update(file.originalname + Date.now()).digest('hex')),
});`,
    `import { writeFile } from 'fs/promises';
const form = new FormData();
const file = form.get('file');
await writeFile(\`cache/\${file.name}\`, 'x');`,
    `import multer from 'multer';
import { PutObjectCommand } from '@aws-sdk/client-s3';
app.post('/u', multer().single('f'), async (req, res) => {
  await s3.send(new PutObjectCommand({ Bucket: 'b', Key: crypto.randomUUID(), Body: req.file.buffer, ContentType: req.file.mimetype }));
});`,
    `import busboy from 'busboy';
import fs from 'fs';
const bb = busboy({ headers: req.headers });
bb.on('field', (name, value, info) => {
  fs.writeFileSync(\`fields/\${info.filename}\`, value);
});`,
    `const fileUpload = require('express-fileupload');
const { v4: uuid } = require('uuid');
app.use(fileUpload());
app.post('/upload', (req, res) => {
  const image = req.files.image;
  image.mv(\`\${__dirname}/public/images/\${uuid()}.png\`);
  res.json({ uploaded: image.name });
});`,
    `import multer from 'multer';
import fs from 'fs';
app.post('/u', multer({ dest: 'uploads/' }).single('f'), (req, res) => {
  fs.renameSync(req.file.path, \`processed/\${req.file.filename}\`);
  res.setHeader('Content-Disposition', \`attachment; filename="\${req.file.originalname}"\`);
});`,
    `import { writeFile } from 'fs/promises';
import sharp from 'sharp';
export async function POST(request) {
  const file = (await request.formData()).get('file');
  if (!file.type.startsWith('image/')) return new Response(null, { status: 415 });
  const image = sharp(Buffer.from(await file.arrayBuffer()));
  await image.metadata();
}`,
    `const formidable = require('formidable');
const fs = require('fs');
const form = formidable({});
form.parse(req, (err, fields, files) => {
  fs.renameSync(files.upload.filepath, \`uploads/\${files.upload.newFilename}\`);
});`,
    {
      code: `import { writeFile } from 'node:fs/promises';
export async function POST(request: Request) {
  const data = await request.formData();
  const title = data.get('title') as string;
  await writeFile(\`drafts/\${crypto.randomUUID()}.txt\`, title);
}`,
      filename: 'file.ts',
    },
  ],
  invalid: [
    {
      code: `const multer = require('multer');
const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, 'uploads/'),
  filename: (req, file, cb) => cb(null, file.originalname),
});`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 58,
          data: { source: 'file.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `const multer = require('multer');
const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, 'uploads/'),
  filename: (req, file, cb) => cb(null, crypto.randomUUID()),
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import { diskStorage } from 'multer';
export const storage = diskStorage({
  filename(req, file, cb) {
    const base = file.originalname;
    const stored = \`\${Date.now()}-\${base}\`;
    cb(null, stored);
  },
});`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 20,
          data: { source: 'file.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import { diskStorage } from 'multer';
export const storage = diskStorage({
  filename(req, file, cb) {
    const base = crypto.randomUUID();
    const stored = \`\${Date.now()}-\${base}\`;
    cb(null, stored);
  },
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import multer from 'multer';
import { writeFile } from 'fs/promises';
import path from 'node:path';
import type { Request, Response } from 'express';
const upload = multer({ storage: multer.memoryStorage() });
router.post('/avatar', upload.single('avatar'), async (req: Request, res: Response) => {
  const { originalname, buffer } = req.file!;
  const target = path.join(__dirname, 'uploads', originalname);
  await writeFile(target, buffer);
  res.sendStatus(201);
});`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          line: 9,
          column: 19,
          endLine: 9,
          endColumn: 25,
          data: { source: 'originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import multer from 'multer';
import { writeFile } from 'fs/promises';
import path from 'node:path';
import type { Request, Response } from 'express';
const upload = multer({ storage: multer.memoryStorage() });
router.post('/avatar', upload.single('avatar'), async (req: Request, res: Response) => {
  const { originalname, buffer } = req.file!;
  const target = path.join(__dirname, 'uploads', crypto.randomUUID());
  await writeFile(target, buffer);
  res.sendStatus(201);
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import multer from 'multer';
import * as fs from 'node:fs';
const upload = multer();
app.post('/photos', upload.array('photos', 5), (req, res) => {
  for (const photo of req.files) {
    photo.stream = fs.createWriteStream('uploads/' + photo.originalname);
  }
});`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 6,
          column: 41,
          endLine: 6,
          endColumn: 72,
          data: { source: 'photo.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import multer from 'multer';
import * as fs from 'node:fs';
const upload = multer();
app.post('/photos', upload.array('photos', 5), (req, res) => {
  for (const photo of req.files) {
    photo.stream = fs.createWriteStream('uploads/' + crypto.randomUUID());
  }
});`,
            },
          ],
        },
      ],
    },
    {
      code: `const express = require('express');
const multer = require('multer');
const fs = require('fs');
const app = express();
app.use(multer().any());
app.post('/upload', (req, res) => {
  const file = req.files[0];
  let dest = 'uploads/';
  dest = dest + file.originalname;
  fs.writeFile(dest, file.buffer, () => res.end());
});`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 10,
          column: 16,
          endLine: 10,
          endColumn: 20,
          data: { source: 'file.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `const express = require('express');
const multer = require('multer');
const fs = require('fs');
const app = express();
app.use(multer().any());
app.post('/upload', (req, res) => {
  const file = req.files[0];
  let dest = 'uploads/';
  dest = dest + crypto.randomUUID();
  fs.writeFile(dest, file.buffer, () => res.end());
});`,
            },
          ],
        },
      ],
    },
    {
      code: `const multer = require('multer');
const fs = require('fs');
const upload = multer().single('avatar');
exports.avatar = (req, res) => {
  upload(req, res, (err) => {
    if (err) return res.status(400).end();
    fs.writeFileSync(\`uploads/\${req.file.originalname}\`, req.file.buffer);
  });
};`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 7,
          column: 22,
          endLine: 7,
          endColumn: 56,
          data: { source: 'req.file.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `const multer = require('multer');
const fs = require('fs');
const upload = multer().single('avatar');
exports.avatar = (req, res) => {
  upload(req, res, (err) => {
    if (err) return res.status(400).end();
    fs.writeFileSync(\`uploads/\${crypto.randomUUID()}\`, req.file.buffer);
  });
};`,
            },
          ],
        },
      ],
    },
    {
      code: `import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { writeFileSync } from 'fs';
@Controller('files')
export class FilesController {
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  upload(@UploadedFile() file: Express.Multer.File) {
    return this.store(file);
  }
  private store(file: Express.Multer.File): string {
    writeFileSync(\`./uploads/\${file.originalname}\`, file.buffer);
    return 'ok';
  }
}`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          line: 12,
          column: 19,
          endLine: 12,
          endColumn: 51,
          data: { source: 'file.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { writeFileSync } from 'fs';
@Controller('files')
export class FilesController {
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  upload(@UploadedFile() file: Express.Multer.File) {
    return this.store(file);
  }
  private store(file: Express.Multer.File): string {
    writeFileSync(\`./uploads/\${crypto.randomUUID()}\`, file.buffer);
    return 'ok';
  }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { UploadedFiles } from '@nestjs/common';
import * as fs from 'fs';
export class GalleryController {
  upload(@UploadedFiles() files: Array<Express.Multer.File>) {
    files.forEach((file) => fs.writeFileSync(\`gallery/\${file.originalname}\`, file.buffer));
  }
}`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          line: 5,
          column: 46,
          endLine: 5,
          endColumn: 76,
          data: { source: 'file.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import { UploadedFiles } from '@nestjs/common';
import * as fs from 'fs';
export class GalleryController {
  upload(@UploadedFiles() files: Array<Express.Multer.File>) {
    files.forEach((file) => fs.writeFileSync(\`gallery/\${crypto.randomUUID()}\`, file.buffer));
  }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `const fileUpload = require('express-fileupload');
app.use(fileUpload());
app.post('/upload', (req, res) => {
  const image = req.files.image;
  if (image.mimetype !== 'image/png') return res.sendStatus(415);
  image.mv(__dirname + '/public/images/' + image.name);
});`,
      errors: [
        {
          messageId: 'clientMimeType',
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 21,
          data: { source: 'image.mimetype' },
        },
        {
          messageId: 'clientFilename',
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 54,
          data: { source: 'image.name' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `const fileUpload = require('express-fileupload');
app.use(fileUpload());
app.post('/upload', (req, res) => {
  const image = req.files.image;
  if (image.mimetype !== 'image/png') return res.sendStatus(415);
  image.mv(__dirname + '/public/images/' + crypto.randomUUID());
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import busboy from 'busboy';
import fs from 'node:fs';
import path from 'node:path';
export function handle(req, res) {
  const bb = busboy({ headers: req.headers });
  bb.on('file', (name, file, info) => {
    const { filename, mimeType } = info;
    if (!['image/png', 'image/jpeg'].includes(mimeType)) return file.resume();
    file.pipe(fs.createWriteStream(path.join(os.tmpdir(), filename)));
  });
  req.pipe(bb);
}`,
      errors: [
        {
          messageId: 'clientMimeType',
          line: 8,
          column: 47,
          endLine: 8,
          endColumn: 55,
          data: { source: 'mimeType' },
        },
        {
          messageId: 'clientFilename',
          line: 9,
          column: 36,
          endLine: 9,
          endColumn: 68,
          data: { source: 'filename' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import busboy from 'busboy';
import fs from 'node:fs';
import path from 'node:path';
export function handle(req, res) {
  const bb = busboy({ headers: req.headers });
  bb.on('file', (name, file, info) => {
    const { filename, mimeType } = info;
    if (!['image/png', 'image/jpeg'].includes(mimeType)) return file.resume();
    file.pipe(fs.createWriteStream(path.join(os.tmpdir(), crypto.randomUUID())));
  });
  req.pipe(bb);
}`,
            },
          ],
        },
      ],
    },
    {
      code: `var Busboy = require('busboy');
var path = require('path');
var fs = require('fs');
function handle(req) {
  var busboy = new Busboy({ headers: req.headers });
  busboy.on('file', function (fieldname, file, filename, encoding, mimetype) {
    var saveTo = path.join('./uploads', filename);
    file.pipe(fs.createWriteStream(saveTo));
  });
  req.pipe(busboy);
}`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 8,
          column: 36,
          endLine: 8,
          endColumn: 42,
          data: { source: 'filename' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `var Busboy = require('busboy');
var path = require('path');
var fs = require('fs');
function handle(req) {
  var busboy = new Busboy({ headers: req.headers });
  busboy.on('file', function (fieldname, file, filename, encoding, mimetype) {
    var saveTo = path.join('./uploads', crypto.randomUUID());
    file.pipe(fs.createWriteStream(saveTo));
  });
  req.pipe(busboy);
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import formidable from 'formidable';
import fs from 'fs/promises';
export async function upload(req) {
  const form = formidable({ uploadDir: '/tmp' });
  const [fields, files] = await form.parse(req);
  const document = files.document[0];
  await fs.rename(document.filepath, \`./uploads/\${document.originalFilename}\`);
}`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 7,
          column: 38,
          endLine: 7,
          endColumn: 78,
          data: { source: 'document.originalFilename' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import formidable from 'formidable';
import fs from 'fs/promises';
export async function upload(req) {
  const form = formidable({ uploadDir: '/tmp' });
  const [fields, files] = await form.parse(req);
  const document = files.document[0];
  await fs.rename(document.filepath, \`./uploads/\${crypto.randomUUID()}\`);
}`,
            },
          ],
        },
      ],
    },
    {
      code: `var formidable = require('formidable');
var fs = require('fs');
function upload(req) {
  var form = new formidable.IncomingForm();
  form.on('fileBegin', function (name, file) {
    file.path = __dirname + '/uploads/' + file.name;
  });
  form.parse(req, function (err, fields, files) {
    fs.renameSync(files.upload.path, './archive/' + files.upload.name);
  });
}`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 52,
          data: { source: 'file.name' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `var formidable = require('formidable');
var fs = require('fs');
function upload(req) {
  var form = new formidable.IncomingForm();
  form.on('fileBegin', function (name, file) {
    file.path = __dirname + '/uploads/' + crypto.randomUUID();
  });
  form.parse(req, function (err, fields, files) {
    fs.renameSync(files.upload.path, './archive/' + files.upload.name);
  });
}`,
            },
          ],
        },
        {
          messageId: 'clientFilename',
          line: 9,
          column: 38,
          endLine: 9,
          endColumn: 70,
          data: { source: 'files.upload.name' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `var formidable = require('formidable');
var fs = require('fs');
function upload(req) {
  var form = new formidable.IncomingForm();
  form.on('fileBegin', function (name, file) {
    file.path = __dirname + '/uploads/' + file.name;
  });
  form.parse(req, function (err, fields, files) {
    fs.renameSync(files.upload.path, './archive/' + crypto.randomUUID());
  });
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import multipart from '@fastify/multipart';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
fastify.register(multipart);
fastify.post('/upload', async (request, reply) => {
  const data = await request.file();
  await pipeline(data.file, fs.createWriteStream(\`./uploads/\${data.filename}\`));
});`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 7,
          column: 50,
          endLine: 7,
          endColumn: 78,
          data: { source: 'data.filename' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import multipart from '@fastify/multipart';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
fastify.register(multipart);
fastify.post('/upload', async (request, reply) => {
  const data = await request.file();
  await pipeline(data.file, fs.createWriteStream(\`./uploads/\${crypto.randomUUID()}\`));
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import type { FastifyRequest } from 'fastify';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
export async function uploadMany(request: FastifyRequest) {
  for await (const part of request.parts()) {
    if (part.type === 'file') await pipeline(part.file, createWriteStream('./uploads/' + part.filename));
  }
}`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          line: 6,
          column: 75,
          endLine: 6,
          endColumn: 103,
          data: { source: 'part.filename' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import type { FastifyRequest } from 'fastify';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
export async function uploadMany(request: FastifyRequest) {
  for await (const part of request.parts()) {
    if (part.type === 'file') await pipeline(part.file, createWriteStream('./uploads/' + crypto.randomUUID()));
  }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { writeFile } from 'fs/promises';
import path from 'path';
export async function POST(request: Request) {
  const formData = await request.formData();
  const file = formData.get('file') as File;
  if (!file.type.startsWith('image/')) return new Response('Unsupported', { status: 415 });
  const bytes = Buffer.from(await file.arrayBuffer());
  await writeFile(path.join(process.cwd(), 'public/uploads', file.name), bytes);
  return Response.json({ ok: true });
}`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientMimeType',
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 17,
          data: { source: 'file.type' },
        },
        {
          messageId: 'clientFilename',
          line: 8,
          column: 19,
          endLine: 8,
          endColumn: 72,
          data: { source: 'file.name' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import { writeFile } from 'fs/promises';
import path from 'path';
export async function POST(request: Request) {
  const formData = await request.formData();
  const file = formData.get('file') as File;
  if (!file.type.startsWith('image/')) return new Response('Unsupported', { status: 415 });
  const bytes = Buffer.from(await file.arrayBuffer());
  await writeFile(path.join(process.cwd(), 'public/uploads', crypto.randomUUID()), bytes);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { writeFile } from 'node:fs/promises';
export async function POST(req: Request) {
  const data = await req.formData();
  for (const entry of data.getAll('files') as File[]) {
    await writeFile(\`uploads/\${entry.name}\`, new Uint8Array(await entry.arrayBuffer()));
  }
}`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 44,
          data: { source: 'entry.name' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import { writeFile } from 'node:fs/promises';
export async function POST(req: Request) {
  const data = await req.formData();
  for (const entry of data.getAll('files') as File[]) {
    await writeFile(\`uploads/\${crypto.randomUUID()}\`, new Uint8Array(await entry.arrayBuffer()));
  }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
import { writeFile } from 'node:fs/promises';
const app = new Hono();
app.post('/upload', async (c) => {
  const body = await c.req.parseBody();
  const file = body['file'] as File;
  await writeFile(\`./uploads/\${file.name}\`, Buffer.from(await file.arrayBuffer()));
  return c.json({ ok: true });
});`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          line: 7,
          column: 19,
          endLine: 7,
          endColumn: 43,
          data: { source: 'file.name' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import { Hono } from 'hono';
import { writeFile } from 'node:fs/promises';
const app = new Hono();
app.post('/upload', async (c) => {
  const body = await c.req.parseBody();
  const file = body['file'] as File;
  await writeFile(\`./uploads/\${crypto.randomUUID()}\`, Buffer.from(await file.arrayBuffer()));
  return c.json({ ok: true });
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import { unstable_parseMultipartFormData, unstable_createMemoryUploadHandler, type ActionFunctionArgs } from '@remix-run/node';
import fs from 'node:fs';
export async function action({ request }: ActionFunctionArgs) {
  const form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler());
  const upload = form.get('upload') as File;
  fs.writeFileSync(\`public/\${upload.name}\`, Buffer.from(await upload.arrayBuffer()));
}`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 43,
          data: { source: 'upload.name' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import { unstable_parseMultipartFormData, unstable_createMemoryUploadHandler, type ActionFunctionArgs } from '@remix-run/node';
import fs from 'node:fs';
export async function action({ request }: ActionFunctionArgs) {
  const form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler());
  const upload = form.get('upload') as File;
  fs.writeFileSync(\`public/\${crypto.randomUUID()}\`, Buffer.from(await upload.arrayBuffer()));
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import multer from 'multer';
function uniqueName(original) {
  return Date.now() + '-' + original.replace(/\\s+/g, '_');
}
const storage = multer.diskStorage({ filename: (req, file, cb) => cb(null, uniqueName(file.originalname)) });`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 5,
          column: 76,
          endLine: 5,
          endColumn: 105,
          data: { source: 'file.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import multer from 'multer';
function uniqueName(original) {
  return Date.now() + '-' + original.replace(/\\s+/g, '_');
}
const storage = multer.diskStorage({ filename: (req, file, cb) => cb(null, uniqueName(crypto.randomUUID())) });`,
            },
          ],
        },
      ],
    },
    {
      code: `import multer from 'multer';
import fs from 'fs';
import path from 'path';
const upload = multer();
function saveUpload(file) {
  fs.writeFileSync(path.resolve('uploads', file.originalname), file.buffer);
}
app.post('/u', upload.single('doc'), (req, res) => {
  saveUpload(req.file);
  res.end();
});`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 62,
          data: { source: 'file.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import multer from 'multer';
import fs from 'fs';
import path from 'path';
const upload = multer();
function saveUpload(file) {
  fs.writeFileSync(path.resolve('uploads', crypto.randomUUID()), file.buffer);
}
app.post('/u', upload.single('doc'), (req, res) => {
  saveUpload(req.file);
  res.end();
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import multer from 'multer';
import path from 'path';
import fs from 'fs';
const upload = multer();
app.post('/u', upload.single('doc'), (req, res) => {
  const safe = path.basename(req.file.originalname);
  fs.writeFileSync(path.join('uploads', safe), req.file.buffer);
});`,
      options: [{ reportPartialSanitizers: true }],
      errors: [
        {
          messageId: 'partiallySanitizedFilename',
          line: 7,
          column: 20,
          endLine: 7,
          endColumn: 46,
          data: { source: 'req.file.originalname', sanitizer: 'path.basename' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import multer from 'multer';
import path from 'path';
import fs from 'fs';
const upload = multer();
app.post('/u', upload.single('doc'), (req, res) => {
  const safe = crypto.randomUUID();
  fs.writeFileSync(path.join('uploads', safe), req.file.buffer);
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import sanitize from 'sanitize-filename';
import multer from 'multer';
const storage = multer.diskStorage({ filename: (req, file, cb) => cb(null, sanitize(file.originalname)) });`,
      options: [{ reportPartialSanitizers: true }],
      errors: [
        {
          messageId: 'partiallySanitizedFilename',
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 103,
          data: { source: 'file.originalname', sanitizer: 'sanitize' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import sanitize from 'sanitize-filename';
import multer from 'multer';
const storage = multer.diskStorage({ filename: (req, file, cb) => cb(null, crypto.randomUUID()) });`,
            },
          ],
        },
      ],
    },
    {
      code: `import multer from 'multer';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
const storage = multer.diskStorage({
  filename: (req, file, cb) => cb(null, \`\${randomUUID()}\${path.extname(file.originalname)}\`),
});`,
      options: [{ reportPartialSanitizers: true }],
      errors: [
        {
          messageId: 'partiallySanitizedFilename',
          line: 5,
          column: 41,
          endLine: 5,
          endColumn: 92,
          data: { source: 'file.originalname', sanitizer: 'path.extname' },
          suggestions: [
            {
              messageId: 'allowlistExtension',
              output: `import multer from 'multer';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
const storage = multer.diskStorage({
  filename: (req, file, cb) => cb(null, \`\${randomUUID()}\${(String(path.extname(file.originalname)).toLowerCase().match(/^\\.(?:png|jpe?g|gif|webp|pdf)$/)?.[0] ?? '')}\`),
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import multer from 'multer';
const storage = multer.diskStorage({
  filename: (req, file, cb) => cb(null, Date.now() + '_' + file.originalname.replace(/[^a-z0-9.]/gi, '_')),
});`,
      options: [{ reportPartialSanitizers: true }],
      errors: [
        {
          messageId: 'partiallySanitizedFilename',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 106,
          data: { source: 'file.originalname', sanitizer: 'file.originalname.replace' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import multer from 'multer';
const storage = multer.diskStorage({
  filename: (req, file, cb) => cb(null, Date.now() + '_' + crypto.randomUUID()),
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import multer from 'multer';
const storage = multer.diskStorage({
  filename: (req, file, cb) => cb(null, file.originalname.toLowerCase().replace(/ /g, '-')),
});`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 91,
          data: { source: 'file.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import multer from 'multer';
const storage = multer.diskStorage({
  filename: (req, file, cb) => cb(null, crypto.randomUUID().toLowerCase().replace(/ /g, '-')),
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import multer from 'multer';
import fs from 'fs';
app.post('/u', multer().single('f'), (req, res) => {
  fs.open(\`incoming/\${req.file.originalname}\`, 'w', (err, fd) => fs.write(fd, req.file.buffer, () => {}));
});`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 46,
          data: { source: 'req.file.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import multer from 'multer';
import fs from 'fs';
app.post('/u', multer().single('f'), (req, res) => {
  fs.open(\`incoming/\${crypto.randomUUID()}\`, 'w', (err, fd) => fs.write(fd, req.file.buffer, () => {}));
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import fse from 'fs-extra';
import fileUpload from 'express-fileupload';
router.post('/albums', fileUpload(), async (req, res) => {
  const cover = req.files.cover;
  await fse.ensureDir(\`albums/\${cover.name}\`);
});`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 45,
          data: { source: 'cover.name' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `import fse from 'fs-extra';
import fileUpload from 'express-fileupload';
router.post('/albums', fileUpload(), async (req, res) => {
  const cover = req.files.cover;
  await fse.ensureDir(\`albums/\${crypto.randomUUID()}\`);
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import multer from 'multer';
export const upload = multer({
  dest: 'uploads/',
  fileFilter: (req, file, cb) => {
    const allowed = ['image/png', 'image/jpeg'];
    cb(null, allowed.includes(file.mimetype));
  },
});`,
      errors: [
        {
          messageId: 'clientMimeType',
          line: 6,
          column: 31,
          endLine: 6,
          endColumn: 44,
          data: { source: 'file.mimetype' },
        },
      ],
    },
    {
      code: `const fs = require('fs').promises;
const multer = require('multer');
app.post('/u', multer().single('f'), async (req, res) => {
  await fs.writeFile('uploads/' + req.file.originalname, req.file.buffer);
});`,
      errors: [
        {
          messageId: 'clientFilename',
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 56,
          data: { source: 'req.file.originalname' },
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output: `const fs = require('fs').promises;
const multer = require('multer');
app.post('/u', multer().single('f'), async (req, res) => {
  await fs.writeFile('uploads/' + crypto.randomUUID(), req.file.buffer);
});`,
            },
          ],
        },
      ],
    },
    // req.file is multer's shape on any request handler, wired in this module or not (app-level middleware may live elsewhere)
    {
      code: "import multer from 'multer';\nimport fs from 'fs';\nconst upload = multer();\napp.post('/avatar', upload.single('avatar'), (req, res) => res.end());\napp.post('/notes', (req, res) => {\n  fs.writeFileSync(`notes/${req.file.originalname}`, req.body.text);\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'req.file.originalname' },
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import multer from 'multer';\nimport fs from 'fs';\nconst upload = multer();\napp.post('/avatar', upload.single('avatar'), (req, res) => res.end());\napp.post('/notes', (req, res) => {\n  fs.writeFileSync(`notes/${crypto.randomUUID()}`, req.body.text);\n});",
            },
          ],
        },
      ],
    },
  ],
});
