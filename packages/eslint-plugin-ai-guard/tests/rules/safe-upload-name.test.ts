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
    // A route module that stores multer's generated name and keeps the client's as metadata.
    "const path = require('path');\nconst fs = require('fs/promises');\nexports.uploadReport = async (req, res) => {\n  await fs.rename(req.file.path, path.join(__dirname, 'reports', req.file.filename));\n  res.status(201).json({ ok: true, name: req.file.originalname });\n};",
    // `req` of a function no framework calls is not a request: no name decides it.
    "const fs = require('fs');\nfunction archive(req) {\n  fs.writeFileSync('archive/' + req.file.originalname, req.file.buffer);\n}",
    // `req.files.x.name` with nothing that shows express-fileupload (no `.mv()`, `tempFilePath` or import).
    "const fs = require('fs');\nexports.updateAvatar = async (req, res) => {\n  const avatar = req.files.avatar;\n  fs.writeFileSync('avatars/' + avatar.name, avatar.data);\n  res.json({ ok: true });\n};",
    // koa-body's generated `newFilename`; the client's `originalFilename` only as a title.
    "const fs = require('fs');\nconst path = require('path');\nconst Router = require('@koa/router');\nconst router = new Router();\nrouter.post('/media', async (ctx) => {\n  const file = ctx.request.files.media;\n  await fs.promises.copyFile(file.filepath, path.join('storage', file.newFilename));\n  ctx.body = { title: file.originalFilename };\n});",
    // A typed multer file stored under a generated name.
    {
      code: "import { Injectable } from '@nestjs/common';\nimport { randomUUID } from 'crypto';\nimport { writeFile } from 'fs/promises';\nimport { join } from 'path';\n@Injectable()\nexport class UploadsService {\n  async store(folder: string, file: Express.Multer.File) {\n    await writeFile(join(folder, randomUUID()), file.buffer);\n    return { name: file.originalname };\n  }\n}",
      filename: 'file.ts',
    },
    // A fileFilter on the MIME type in a module that also reads the bytes with file-type.
    "const multer = require('multer');\nconst { fileTypeFromFile } = require('file-type');\nfunction photoFilter(req, file, cb) {\n  cb(null, file.mimetype.startsWith('image/'));\n}\nasync function checkStored(file) {\n  const type = await fileTypeFromFile(file.path);\n  return type?.mime.startsWith('image/');\n}\nmodule.exports = { upload: multer({ dest: 'uploads/', fileFilter: photoFilter }), checkStored };",
    // Nest's FileTypeValidator reads magic numbers (Nest 11): the module checks content, so its fileFilter is not the only check.
    {
      code: "import { Controller, FileTypeValidator, ParseFilePipe, Post, UploadedFile, UseInterceptors } from '@nestjs/common';\nimport { FileInterceptor } from '@nestjs/platform-express';\n@Controller('docs')\nexport class DocsController {\n  @Post()\n  @UseInterceptors(FileInterceptor('file', { fileFilter: (req, file, cb) => cb(null, file.mimetype === 'application/pdf') }))\n  upload(@UploadedFile(new ParseFilePipe({ validators: [new FileTypeValidator({ fileType: 'application/pdf' })] })) file: Express.Multer.File) {\n    return file.size;\n  }\n}",
      filename: 'file.ts',
    },
    // A `File` the handler builds itself carries no client MIME type.
    {
      code: "export async function POST(request: Request) {\n  const file = new File(['x'], 'report.csv', { type: 'text/csv' });\n  if (file.type !== 'text/csv') throw new Error('type');\n  return new Response(await file.text());\n}",
      filename: 'file.ts',
    },
    // A MIME-to-extension lookup that names the file but never rejects it is no type check.
    {
      code: "import { randomUUID } from 'crypto';\nimport { writeFile } from 'fs/promises';\nconst EXTENSIONS: Record<string, string> = { 'image/png': '.png' };\nexport async function POST(request: Request) {\n  const upload = (await request.formData()).get('image') as File;\n  await writeFile(`uploads/${randomUUID()}${EXTENSIONS[upload.type] ?? '.bin'}`, Buffer.from(await upload.arrayBuffer()));\n  return new Response(null, { status: 201 });\n}",
      filename: 'file.ts',
    },
    // `FormData` typed on a function no client calls (not a Server Function, not a handler).
    {
      code: "import { writeFile } from 'node:fs/promises';\nexport async function saveDraft(formData: FormData) {\n  const file = formData.get('draft') as File;\n  await writeFile(`./drafts/${file.name}`, Buffer.from(await file.arrayBuffer()));\n}",
      filename: 'file.ts',
    },
    // sharp writing under a generated name.
    "import sharp from 'sharp';\nimport multer from 'multer';\nimport { randomUUID } from 'node:crypto';\nconst upload = multer();\napp.post('/resize', upload.single('image'), async (req, res) => {\n  const image = sharp(req.file.buffer).resize(400, 400);\n  await image.toFile(`./outputs/${randomUUID()}.webp`);\n  res.send(req.file.originalname);\n});",
    // `{ filename }` alone is not graphql-upload's shape.
    "const { createWriteStream } = require('fs');\nasync function exportReport(job) {\n  const { filename, rows } = await job.result;\n  createWriteStream('reports/' + filename).end(rows.join('\\n'));\n}",
    // h3 part `.name` is the form field's name, not the file's.
    {
      code: "import { writeFile } from 'node:fs/promises';\nexport default defineEventHandler(async (event) => {\n  const parts = await readMultipartFormData(event);\n  for (const part of parts ?? []) {\n    await writeFile(`./cache/${part.name}.bin`, part.data);\n  }\n});",
      filename: 'file.ts',
    },
    // skipper's `req.file("field")` names a field: not @fastify/multipart's `request.file()`.
    "const fs = require('fs');\nmodule.exports = {\n  upload(req, res) {\n    const upstream = req.file('avatar');\n    fs.writeFileSync('avatars/' + upstream.filename, '');\n    return res.ok();\n  },\n};",
    // Object storage keys are not filesystem paths (see the docs): S3 `PutObjectCommand`.
    "import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';\nimport multer from 'multer';\nconst s3 = new S3Client({});\napp.post('/u', multer().single('f'), async (req, res) => {\n  await s3.send(new PutObjectCommand({ Bucket: 'b', Key: `uploads/${Date.now()}-${req.file.originalname}`, Body: req.file.buffer }));\n  res.end();\n});",
    // Object storage keys are not filesystem paths (see the docs): GCS `bucket.file(name).save()`.
    "const { Storage } = require('@google-cloud/storage');\nconst multer = require('multer');\nconst bucket = new Storage().bucket('b');\napp.post('/u', multer().single('f'), async (req, res) => {\n  await bucket.file(req.file.originalname).save(req.file.buffer);\n  res.end();\n});",
    // The allowlist suggestion applied: the extension is one of the list's (strict).
    {
      code: "import multer from 'multer';\nimport path from 'path';\nimport { randomUUID } from 'crypto';\nimport fs from 'fs';\napp.post('/u', multer().single('f'), (req, res) => {\n  const ext = (String(path.extname(req.file.originalname)).toLowerCase().match(/^\\.(?:png|jpe?g|gif|webp|pdf)$/)?.[0] ?? '');\n  fs.writeFileSync(path.join('uploads', randomUUID() + ext), req.file.buffer);\n});",
      options: [{ reportPartialSanitizers: true }],
    },
    // `.split('.').pop()` keeps only the extension: partial, not reported by default.
    "const multer = require('multer');\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => cb(null, `${Date.now()}.${file.originalname.split('.').pop()}`),\n});",
    // An extension that passes `ALLOWED.includes(ext)` in a conditional comes from the list (strict).
    {
      code: "const multer = require('multer');\nconst path = require('path');\nconst ALLOWED = ['.png', '.jpg'];\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => {\n    const ext = path.extname(file.originalname).toLowerCase();\n    cb(null, Date.now() + (ALLOWED.includes(ext) ? ext : '.bin'));\n  },\n});",
      options: [{ reportPartialSanitizers: true }],
    },
    // An extension that passes an anchored allowlist regex (strict).
    {
      code: "const multer = require('multer');\nconst path = require('path');\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => {\n    const ext = path.extname(file.originalname);\n    cb(null, Date.now() + (/^\\.(png|jpe?g)$/i.test(ext) ? ext : ''));\n  },\n});",
      options: [{ reportPartialSanitizers: true }],
    },
    // A MIME denylist beside the code's own sniffer handed the same upload's path: the bytes are checked.
    "import fsp from 'fs/promises';\nconst ACTIVE = ['text/html', 'image/svg+xml'];\nconst sniff = async (path) => { const h = await fsp.open(path, 'r'); const { buffer } = await h.read(); await h.close(); return buffer.toString().includes('<script'); };\nconst pathOf = (file) => file.filepath;\nexport async function upload(ctx) {\n  const file = ctx.request.files.file;\n  const filePath = pathOf(file);\n  if (ACTIVE.some((type) => file.mimetype.includes(type)) || (await sniff(filePath))) ctx.throw(400);\n  ctx.body = 'ok';\n}",
    // An object of handlers that is not SvelteKit's exported `actions`.
    {
      code: "import { writeFile } from 'fs/promises';\nconst actions = {\n  upload: async ({ request }) => {\n    const file = (await request.formData()).get('file');\n    await writeFile(`static/${file.name}`, 'x');\n  },\n};\nexport default actions;",
      filename: 'file.ts',
    },
    // A Nest interceptor that stores the upload under a generated name.
    {
      code: "import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';\nimport { randomUUID } from 'crypto';\nimport { writeFile } from 'fs/promises';\n@Injectable()\nexport class StoreUploadInterceptor implements NestInterceptor {\n  async intercept(context: ExecutionContext, next: CallHandler) {\n    const request = context.switchToHttp().getRequest();\n    if (request.file) await writeFile(`storage/${randomUUID()}`, request.file.buffer);\n    return next.handle();\n  }\n}",
      filename: 'file.ts',
    },
    // An extension rejected unless it is on the allowlist before the write (strict).
    {
      code: "const multer = require('multer');\nconst path = require('path');\nconst { randomUUID } = require('crypto');\nconst ALLOWED = ['.png', '.jpg', '.jpeg'];\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => {\n    const ext = path.extname(file.originalname).toLowerCase();\n    if (!ALLOWED.includes(ext)) return cb(new Error('type'));\n    cb(null, randomUUID() + ext);\n  },\n});",
      options: [{ reportPartialSanitizers: true }],
    },
    // A name written only when it is one of a constant list.
    "const fs = require('fs');\nconst NAMES = ['avatar.png', 'cover.png'];\napp.post('/u', (req, res) => {\n  const name = req.file.originalname;\n  if (NAMES.includes(name)) {\n    fs.writeFileSync(`profile/${req.user.id}/${name}`, req.file.buffer);\n  }\n  res.end();\n});",
    // AdonisJS: moved under a generated name, the client's kept as metadata.
    {
      code: "import type { HttpContext } from '@adonisjs/core/http';\nimport app from '@adonisjs/core/services/app';\nimport { cuid } from '@adonisjs/core/helpers';\nexport default class DocumentsController {\n  async store({ request }: HttpContext) {\n    const document = request.file('document', { size: '10mb', extnames: ['pdf'] })!;\n    await document.move(app.makePath('storage/documents'), { name: `${cuid()}.${document.extname}` });\n    return { name: document.clientName };\n  }\n}",
      filename: 'file.ts',
    },
    // Reading a file named after the upload writes nothing.
    {
      code: "import * as multer from 'multer';\nimport { promises as fs } from 'fs';\nexport async function save(file: Express.Multer.File) { await fs.readFile(`archive/${file.originalname}`); }",
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
    // A controller module wired in another file: `req.file.originalname` is multer's shape alone.
    {
      code: "const path = require('path');\nconst fs = require('fs/promises');\nexports.uploadReport = async (req, res) => {\n  await fs.writeFile(path.join(__dirname, 'reports', req.file.originalname), req.file.buffer);\n  res.status(201).json({ ok: true });\n};",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'req.file.originalname' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const path = require('path');\nconst fs = require('fs/promises');\nexports.uploadReport = async (req, res) => {\n  await fs.writeFile(path.join(__dirname, 'reports', crypto.randomUUID()), req.file.buffer);\n  res.status(201).json({ ok: true });\n};",
            },
          ],
        },
      ],
    },
    // express-fileupload in a controller module: `.mv()` on the same `req.files` entry shows the parser.
    {
      code: "const path = require('path');\nexports.updateAvatar = async (req, res) => {\n  const avatar = req.files.avatar;\n  await avatar.mv(path.join(__dirname, 'avatars', avatar.name));\n  res.json({ ok: true });\n};",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'avatar.name' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const path = require('path');\nexports.updateAvatar = async (req, res) => {\n  const avatar = req.files.avatar;\n  await avatar.mv(path.join(__dirname, 'avatars', crypto.randomUUID()));\n  res.json({ ok: true });\n};",
            },
          ],
        },
      ],
    },
    // express-fileupload by its `UploadedFile` type import and `tempFilePath`, moved with fs-extra.
    {
      code: "import { Request, Response } from 'express';\nimport { UploadedFile } from 'express-fileupload';\nimport fse from 'fs-extra';\nimport path from 'path';\nexport async function importDataset(req: Request, res: Response) {\n  const incoming = req.files?.dataset;\n  const files: UploadedFile[] = Array.isArray(incoming) ? incoming : [incoming!];\n  for (const file of files) {\n    await fse.move(file.tempFilePath, path.resolve('datasets', file.name));\n  }\n  res.sendStatus(201);\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.name' },
          line: 9,
          column: 39,
          endLine: 9,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import { Request, Response } from 'express';\nimport { UploadedFile } from 'express-fileupload';\nimport fse from 'fs-extra';\nimport path from 'path';\nexport async function importDataset(req: Request, res: Response) {\n  const incoming = req.files?.dataset;\n  const files: UploadedFile[] = Array.isArray(incoming) ? incoming : [incoming!];\n  for (const file of files) {\n    await fse.move(file.tempFilePath, path.resolve('datasets', crypto.randomUUID()));\n  }\n  res.sendStatus(201);\n}",
            },
          ],
        },
      ],
    },
    // koa-body: `ctx.request.files` entries carry formidable's `originalFilename`.
    {
      code: "const fs = require('fs');\nconst path = require('path');\nconst Router = require('@koa/router');\nconst router = new Router();\nrouter.post('/media', async (ctx) => {\n  const file = ctx.request.files.media;\n  await fs.promises.copyFile(file.filepath, path.join('storage', file.originalFilename));\n  ctx.status = 201;\n});",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.originalFilename' },
          line: 7,
          column: 45,
          endLine: 7,
          endColumn: 88,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const fs = require('fs');\nconst path = require('path');\nconst Router = require('@koa/router');\nconst router = new Router();\nrouter.post('/media', async (ctx) => {\n  const file = ctx.request.files.media;\n  await fs.promises.copyFile(file.filepath, path.join('storage', crypto.randomUUID()));\n  ctx.status = 201;\n});",
            },
          ],
        },
      ],
    },
    // koa-body before v5 (formidable v1): `.name` of a `ctx.request.files` entry.
    {
      code: "const fs = require('fs');\nconst path = require('path');\nmodule.exports = async (ctx) => {\n  const file = ctx.request.files.file;\n  const reader = fs.createReadStream(file.path);\n  reader.pipe(fs.createWriteStream(path.join(__dirname, 'upload', file.name)));\n  ctx.body = 'ok';\n};",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.name' },
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const fs = require('fs');\nconst path = require('path');\nmodule.exports = async (ctx) => {\n  const file = ctx.request.files.file;\n  const reader = fs.createReadStream(file.path);\n  reader.pipe(fs.createWriteStream(path.join(__dirname, 'upload', crypto.randomUUID())));\n  ctx.body = 'ok';\n};",
            },
          ],
        },
      ],
    },
    // A Nest service taking a parameter typed `Express.Multer.File`.
    {
      code: "import { Injectable } from '@nestjs/common';\nimport { writeFile } from 'fs/promises';\nimport { join } from 'path';\n@Injectable()\nexport class UploadsService {\n  async store(folder: string, file: Express.Multer.File) {\n    const { originalname, buffer } = file;\n    await writeFile(join(folder, originalname), buffer);\n  }\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'originalname' },
          line: 8,
          column: 21,
          endLine: 8,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import { Injectable } from '@nestjs/common';\nimport { writeFile } from 'fs/promises';\nimport { join } from 'path';\n@Injectable()\nexport class UploadsService {\n  async store(folder: string, file: Express.Multer.File) {\n    const { originalname, buffer } = file;\n    await writeFile(join(folder, crypto.randomUUID()), buffer);\n  }\n}",
            },
          ],
        },
      ],
    },
    // A multer fileFilter passed by reference (a function declaration).
    {
      code: "const multer = require('multer');\nfunction photoFilter(req, file, cb) {\n  if (file.mimetype.startsWith('image/')) return cb(null, true);\n  cb(new Error('images only'));\n}\nmodule.exports = multer({ dest: 'uploads/', fileFilter: photoFilter });",
      errors: [{ messageId: 'clientMimeType', data: { source: 'file.mimetype' }, line: 3, column: 7, endLine: 3, endColumn: 20 }],
    },
    // Nest FileInterceptor with a shorthand `fileFilter`.
    {
      code: "import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';\nimport { FileInterceptor } from '@nestjs/platform-express';\nconst fileFilter = (req: unknown, file: Express.Multer.File, cb: (e: Error | null, ok: boolean) => void) => cb(null, /^image\\//.test(file.mimetype));\n@Controller('avatars')\nexport class AvatarsController {\n  @Post()\n  @UseInterceptors(FileInterceptor('avatar', { fileFilter }))\n  upload(@UploadedFile() avatar: Express.Multer.File) {\n    return avatar.size;\n  }\n}",
      filename: 'file.ts',
      errors: [{ messageId: 'clientMimeType', data: { source: 'file.mimetype' }, line: 3, column: 134, endLine: 3, endColumn: 147 }],
    },
    // A filter typed `MulterOptions['fileFilter']`, wired in another module.
    {
      code: "import { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';\nexport const pdfFilter: MulterOptions['fileFilter'] = (_req, file, callback) => {\n  callback(null, file.mimetype === 'application/pdf');\n};",
      filename: 'file.ts',
      errors: [{ messageId: 'clientMimeType', data: { source: 'file.mimetype' }, line: 3, column: 18, endLine: 3, endColumn: 31 }],
    },
    // MulterModule.register({ fileFilter }).
    {
      code: "import { Module } from '@nestjs/common';\nimport { MulterModule } from '@nestjs/platform-express';\n@Module({\n  imports: [MulterModule.register({ dest: './uploads', fileFilter: (req, file, cb) => cb(null, ['image/png', 'image/jpeg'].includes(file.mimetype)) })],\n})\nexport class FilesModule {}",
      filename: 'file.ts',
      errors: [{ messageId: 'clientMimeType', data: { source: 'file.mimetype' }, line: 4, column: 133, endLine: 4, endColumn: 146 }],
    },
    // FileTypeValidator told to skip magic numbers compares the client's mimetype.
    {
      code: "import { Controller, FileTypeValidator, ParseFilePipe, Post, UploadedFile } from '@nestjs/common';\n@Controller('docs')\nexport class DocsController {\n  @Post()\n  upload(@UploadedFile(new ParseFilePipe({ validators: [new FileTypeValidator({ fileType: 'application/pdf', skipMagicNumbersValidation: true })] })) file: Express.Multer.File) {\n    return file.size;\n  }\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'mimeOnlyValidator',
          data: { option: 'skipMagicNumbersValidation' },
          line: 5,
          column: 110,
          endLine: 5,
          endColumn: 142,
        },
      ],
    },
    // ParseFilePipeBuilder falling back to the client's mimetype.
    {
      code: "import { Controller, ParseFilePipeBuilder, Post, UploadedFile } from '@nestjs/common';\n@Controller('img')\nexport class ImagesController {\n  @Post()\n  upload(@UploadedFile(new ParseFilePipeBuilder().addFileTypeValidator({ fileType: /image\\/(png|jpeg)/, fallbackToMimetype: true }).build()) file: Express.Multer.File) {\n    return file.size;\n  }\n}",
      filename: 'file.ts',
      errors: [
        { messageId: 'mimeOnlyValidator', data: { option: 'fallbackToMimetype' }, line: 5, column: 105, endLine: 5, endColumn: 129 },
      ],
    },
    // A Next.js route handler that checks `File.type` against an allowlist.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nconst ALLOWED = ['image/png', 'image/jpeg'];\nexport async function POST(request: NextRequest) {\n  const form = await request.formData();\n  const file = form.get('file') as File;\n  if (!ALLOWED.includes(file.type)) return NextResponse.json({ error: 'type' }, { status: 415 });\n  return NextResponse.json({ size: file.size });\n}",
      filename: 'file.ts',
      errors: [{ messageId: 'clientMimeType', data: { source: 'file.type' }, line: 6, column: 25, endLine: 6, endColumn: 34 }],
    },
    // A MIME-to-extension lookup that rejects unknown types is a check of the client's MIME type.
    {
      code: "const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg' };\nexport async function POST(request: Request) {\n  const upload = (await request.formData()).get('image') as File;\n  const ext = EXTENSIONS[upload.type];\n  if (!ext) return new Response(null, { status: 415 });\n  return Response.json({ ext });\n}",
      filename: 'file.ts',
      errors: [{ messageId: 'clientMimeType', data: { source: 'upload.type' }, line: 4, column: 26, endLine: 4, endColumn: 37 }],
    },
    // A Server Function's `FormData` parameter is the client's.
    {
      code: "'use server';\nimport { writeFile } from 'node:fs/promises';\nexport async function uploadAvatar(formData: FormData) {\n  const file = formData.get('avatar') as File;\n  await writeFile(`./public/avatars/${file.name}`, Buffer.from(await file.arrayBuffer()));\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.name' },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "'use server';\nimport { writeFile } from 'node:fs/promises';\nexport async function uploadAvatar(formData: FormData) {\n  const file = formData.get('avatar') as File;\n  await writeFile(`./public/avatars/${crypto.randomUUID()}`, Buffer.from(await file.arrayBuffer()));\n}",
            },
          ],
        },
      ],
    },
    // formidable v3 `await form.parse(req)` into `fs.copyFile`.
    {
      code: "import formidable from 'formidable';\nimport { copyFile } from 'node:fs/promises';\nimport path from 'node:path';\nexport default async function handler(req, res) {\n  const [, files] = await formidable({}).parse(req);\n  const [file] = files.document;\n  await copyFile(file.filepath, path.join('public', file.originalFilename));\n  res.status(201).end();\n}",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.originalFilename' },
          line: 7,
          column: 33,
          endLine: 7,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import formidable from 'formidable';\nimport { copyFile } from 'node:fs/promises';\nimport path from 'node:path';\nexport default async function handler(req, res) {\n  const [, files] = await formidable({}).parse(req);\n  const [file] = files.document;\n  await copyFile(file.filepath, path.join('public', crypto.randomUUID()));\n  res.status(201).end();\n}",
            },
          ],
        },
      ],
    },
    // formidable parsed in a local promise wrapper (Next.js pages API).
    {
      code: "import formidable from 'formidable';\nimport fs from 'fs/promises';\nimport path from 'path';\nfunction parseForm(req) {\n  const form = formidable({ maxFileSize: 1e7 });\n  return new Promise((resolve, reject) => {\n    form.parse(req, (err, fields, files) => (err ? reject(err) : resolve({ fields, files })));\n  });\n}\nexport default async function handler(req, res) {\n  const { files } = await parseForm(req);\n  const file = Array.isArray(files.file) ? files.file[0] : files.file;\n  await fs.rename(file.filepath, path.join('public/uploads', file.originalFilename));\n  res.status(200).end();\n}",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.originalFilename' },
          line: 13,
          column: 34,
          endLine: 13,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import formidable from 'formidable';\nimport fs from 'fs/promises';\nimport path from 'path';\nfunction parseForm(req) {\n  const form = formidable({ maxFileSize: 1e7 });\n  return new Promise((resolve, reject) => {\n    form.parse(req, (err, fields, files) => (err ? reject(err) : resolve({ fields, files })));\n  });\n}\nexport default async function handler(req, res) {\n  const { files } = await parseForm(req);\n  const file = Array.isArray(files.file) ? files.file[0] : files.file;\n  await fs.rename(file.filepath, path.join('public/uploads', crypto.randomUUID()));\n  res.status(200).end();\n}",
            },
          ],
        },
      ],
    },
    // formidable's `filter` option testing the part's mimetype.
    {
      code: "import formidable from 'formidable';\nexport const form = formidable({\n  uploadDir: 'var/scans',\n  filter: ({ mimetype }) => Boolean(mimetype && mimetype.includes('image')),\n});",
      errors: [{ messageId: 'clientMimeType', data: { source: 'mimetype' }, line: 4, column: 49, endLine: 4, endColumn: 57 }],
    },
    // formidable callback into `fs.writeFile`.
    {
      code: "const formidable = require('formidable');\nconst fs = require('fs');\nmodule.exports = (req, res) => {\n  formidable().parse(req, (err, fields, files) => {\n    const upload = files.upload[0];\n    fs.writeFile('out/' + upload.originalFilename, fs.readFileSync(upload.filepath), () => res.end());\n  });\n};",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'upload.originalFilename' },
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const formidable = require('formidable');\nconst fs = require('fs');\nmodule.exports = (req, res) => {\n  formidable().parse(req, (err, fields, files) => {\n    const upload = files.upload[0];\n    fs.writeFile('out/' + crypto.randomUUID(), fs.readFileSync(upload.filepath), () => res.end());\n  });\n};",
            },
          ],
        },
      ],
    },
    // sharp writes to the path given to `toFile()`.
    {
      code: "import sharp from 'sharp';\nimport multer from 'multer';\nconst upload = multer();\napp.post('/resize', upload.single('image'), async (req, res) => {\n  await sharp(req.file.buffer).resize(400, 400).toFile(`./outputs/${req.file.originalname}`);\n  res.send('ok');\n});",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'req.file.originalname' },
          line: 5,
          column: 56,
          endLine: 5,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import sharp from 'sharp';\nimport multer from 'multer';\nconst upload = multer();\napp.post('/resize', upload.single('image'), async (req, res) => {\n  await sharp(req.file.buffer).resize(400, 400).toFile(`./outputs/${crypto.randomUUID()}`);\n  res.send('ok');\n});",
            },
          ],
        },
      ],
    },
    // Bun.write(path, data).
    {
      code: "export async function POST(req: Request) {\n  const form = await req.formData();\n  const file = form.get('file') as File;\n  await Bun.write(`./uploads/${file.name}`, file);\n  return new Response('ok');\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.name' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "export async function POST(req: Request) {\n  const form = await req.formData();\n  const file = form.get('file') as File;\n  await Bun.write(`./uploads/${crypto.randomUUID()}`, file);\n  return new Response('ok');\n}",
            },
          ],
        },
      ],
    },
    // Bun.write(Bun.file(path), data).
    {
      code: "export async function POST(req: Request) {\n  const file = (await req.formData()).get('file') as File;\n  await Bun.write(Bun.file('uploads/' + file.name), file);\n  return new Response('ok');\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.name' },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "export async function POST(req: Request) {\n  const file = (await req.formData()).get('file') as File;\n  await Bun.write(Bun.file('uploads/' + crypto.randomUUID()), file);\n  return new Response('ok');\n}",
            },
          ],
        },
      ],
    },
    // write-file-atomic (and mkdirp) name the file they write.
    {
      code: "const { mkdirp } = require('mkdirp');\nconst writeFileAtomic = require('write-file-atomic');\nconst multer = require('multer');\napp.post('/docs', multer().single('doc'), async (req, res) => {\n  await mkdirp(`docs/${req.user.id}`);\n  await writeFileAtomic(`docs/${req.user.id}/${req.file.originalname}`, req.file.buffer);\n  res.end();\n});",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'req.file.originalname' },
          line: 6,
          column: 25,
          endLine: 6,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const { mkdirp } = require('mkdirp');\nconst writeFileAtomic = require('write-file-atomic');\nconst multer = require('multer');\napp.post('/docs', multer().single('doc'), async (req, res) => {\n  await mkdirp(`docs/${req.user.id}`);\n  await writeFileAtomic(`docs/${req.user.id}/${crypto.randomUUID()}`, req.file.buffer);\n  res.end();\n});",
            },
          ],
        },
      ],
    },
    // graphql-upload: `{ createReadStream, filename }` destructured from the upload.
    {
      code: "const { createWriteStream } = require('fs');\nconst path = require('path');\nconst resolvers = {\n  Mutation: {\n    async uploadFile(parent, { file }) {\n      const { createReadStream, filename } = await file;\n      await new Promise((resolve) => createReadStream().pipe(createWriteStream(path.join(__dirname, 'uploads', filename))).on('finish', resolve));\n      return true;\n    },\n  },\n};\nmodule.exports = resolvers;",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'filename' },
          line: 7,
          column: 80,
          endLine: 7,
          endColumn: 121,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const { createWriteStream } = require('fs');\nconst path = require('path');\nconst resolvers = {\n  Mutation: {\n    async uploadFile(parent, { file }) {\n      const { createReadStream, filename } = await file;\n      await new Promise((resolve) => createReadStream().pipe(createWriteStream(path.join(__dirname, 'uploads', crypto.randomUUID()))).on('finish', resolve));\n      return true;\n    },\n  },\n};\nmodule.exports = resolvers;",
            },
          ],
        },
      ],
    },
    // h3 / Nuxt `readMultipartFormData(event)` parts.
    {
      code: "import { writeFile } from 'node:fs/promises';\nexport default defineEventHandler(async (event) => {\n  const parts = await readMultipartFormData(event);\n  for (const part of parts ?? []) {\n    if (part.filename) await writeFile(`./public/${part.filename}`, part.data);\n  }\n  return { ok: true };\n});",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'part.filename' },
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import { writeFile } from 'node:fs/promises';\nexport default defineEventHandler(async (event) => {\n  const parts = await readMultipartFormData(event);\n  for (const part of parts ?? []) {\n    if (part.filename) await writeFile(`./public/${crypto.randomUUID()}`, part.data);\n  }\n  return { ok: true };\n});",
            },
          ],
        },
      ],
    },
    // @fastify/multipart `request.parts()` in a route plugin that does not import fastify.
    {
      code: "import fs from 'node:fs';\nimport { pipeline } from 'node:stream/promises';\nexport default async function routes(app) {\n  app.post('/attachments', async (request, reply) => {\n    for await (const part of request.parts()) {\n      if (part.type === 'file') await pipeline(part.file, fs.createWriteStream(`attachments/${part.filename}`));\n    }\n    return reply.code(201).send();\n  });\n}",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'part.filename' },
          line: 6,
          column: 80,
          endLine: 6,
          endColumn: 110,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import fs from 'node:fs';\nimport { pipeline } from 'node:stream/promises';\nexport default async function routes(app) {\n  app.post('/attachments', async (request, reply) => {\n    for await (const part of request.parts()) {\n      if (part.type === 'file') await pipeline(part.file, fs.createWriteStream(`attachments/${crypto.randomUUID()}`));\n    }\n    return reply.code(201).send();\n  });\n}",
            },
          ],
        },
      ],
    },
    // egg `ctx.getFileStream()`.
    {
      code: "const fs = require('fs');\nconst path = require('path');\nexports.upload = async (ctx) => {\n  const stream = await ctx.getFileStream();\n  stream.pipe(fs.createWriteStream(path.join('app/public', stream.filename)));\n  ctx.body = { ok: true };\n};",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'stream.filename' },
          line: 5,
          column: 36,
          endLine: 5,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const fs = require('fs');\nconst path = require('path');\nexports.upload = async (ctx) => {\n  const stream = await ctx.getFileStream();\n  stream.pipe(fs.createWriteStream(path.join('app/public', crypto.randomUUID())));\n  ctx.body = { ok: true };\n};",
            },
          ],
        },
      ],
    },
    // multiparty `form.parse` callback.
    {
      code: "const multiparty = require('multiparty');\nconst fs = require('fs');\nmodule.exports = (req, res) => {\n  new multiparty.Form().parse(req, (err, fields, files) => {\n    const [doc] = files.doc;\n    fs.renameSync(doc.path, './uploads/' + doc.originalFilename);\n    res.end();\n  });\n};",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'doc.originalFilename' },
          line: 6,
          column: 29,
          endLine: 6,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const multiparty = require('multiparty');\nconst fs = require('fs');\nmodule.exports = (req, res) => {\n  new multiparty.Form().parse(req, (err, fields, files) => {\n    const [doc] = files.doc;\n    fs.renameSync(doc.path, './uploads/' + crypto.randomUUID());\n    res.end();\n  });\n};",
            },
          ],
        },
      ],
    },
    // connect-busboy `req.busboy`.
    {
      code: "const fs = require('fs');\nconst busboy = require('connect-busboy');\napp.use(busboy());\napp.post('/upload', (req, res) => {\n  req.busboy.on('file', (field, stream, info) => stream.pipe(fs.createWriteStream('uploads/' + info.filename)));\n  req.pipe(req.busboy);\n});",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'info.filename' },
          line: 5,
          column: 83,
          endLine: 5,
          endColumn: 109,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const fs = require('fs');\nconst busboy = require('connect-busboy');\napp.use(busboy());\napp.post('/upload', (req, res) => {\n  req.busboy.on('file', (field, stream, info) => stream.pipe(fs.createWriteStream('uploads/' + crypto.randomUUID())));\n  req.pipe(req.busboy);\n});",
            },
          ],
        },
      ],
    },
    // A route array: multer middleware followed by its handler.
    {
      code: "const multer = require('multer');\nconst fs = require('fs');\nexports.route = [\n  multer().single('report'),\n  (req, res) => fs.writeFileSync(`reports/${req.file.originalname}`, req.file.buffer),\n];",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'req.file.originalname' },
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const multer = require('multer');\nconst fs = require('fs');\nexports.route = [\n  multer().single('report'),\n  (req, res) => fs.writeFileSync(`reports/${crypto.randomUUID()}`, req.file.buffer),\n];",
            },
          ],
        },
      ],
    },
    // jimp writes to the path given to `write()`.
    {
      code: "import { Jimp } from 'jimp';\nimport multer from 'multer';\napp.post('/thumb', multer().single('img'), async (req, res) => {\n  const image = await Jimp.read(req.file.buffer);\n  await image.resize({ w: 200 }).write(`thumbs/${req.file.originalname}`);\n  res.end();\n});",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'req.file.originalname' },
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import { Jimp } from 'jimp';\nimport multer from 'multer';\napp.post('/thumb', multer().single('img'), async (req, res) => {\n  const image = await Jimp.read(req.file.buffer);\n  await image.resize({ w: 200 }).write(`thumbs/${crypto.randomUUID()}`);\n  res.end();\n});",
            },
          ],
        },
      ],
    },
    // Deno.writeFile(path, data).
    {
      code: "export async function POST(req: Request) {\n  const file = (await req.formData()).get('f') as File;\n  await Deno.writeFile('./data/' + file.name, new Uint8Array(await file.arrayBuffer()));\n  return new Response('ok');\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.name' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "export async function POST(req: Request) {\n  const file = (await req.formData()).get('f') as File;\n  await Deno.writeFile('./data/' + crypto.randomUUID(), new Uint8Array(await file.arrayBuffer()));\n  return new Response('ok');\n}",
            },
          ],
        },
      ],
    },
    // Hono `c.req.formData()`.
    {
      code: "import { Hono } from 'hono';\nimport { writeFile } from 'node:fs/promises';\nconst app = new Hono();\napp.post('/u', async (c) => {\n  const form = await c.req.formData();\n  const file = form.get('file') as File;\n  await writeFile(`./uploads/${file.name}`, Buffer.from(await file.arrayBuffer()));\n  return c.text('ok');\n});",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.name' },
          line: 7,
          column: 19,
          endLine: 7,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import { Hono } from 'hono';\nimport { writeFile } from 'node:fs/promises';\nconst app = new Hono();\napp.post('/u', async (c) => {\n  const form = await c.req.formData();\n  const file = form.get('file') as File;\n  await writeFile(`./uploads/${crypto.randomUUID()}`, Buffer.from(await file.arrayBuffer()));\n  return c.text('ok');\n});",
            },
          ],
        },
      ],
    },
    // @koa/multer `ctx.file`.
    {
      code: "const multer = require('@koa/multer');\nconst Router = require('@koa/router');\nconst fs = require('fs');\nconst router = new Router();\nconst upload = multer();\nrouter.post('/u', upload.single('f'), async (ctx) => {\n  fs.writeFileSync('uploads/' + ctx.file.originalname, ctx.file.buffer);\n  ctx.body = 'ok';\n});",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'ctx.file.originalname' },
          line: 7,
          column: 20,
          endLine: 7,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const multer = require('@koa/multer');\nconst Router = require('@koa/router');\nconst fs = require('fs');\nconst router = new Router();\nconst upload = multer();\nrouter.post('/u', upload.single('f'), async (ctx) => {\n  fs.writeFileSync('uploads/' + crypto.randomUUID(), ctx.file.buffer);\n  ctx.body = 'ok';\n});",
            },
          ],
        },
      ],
    },
    // multer's latin1 fix-up keeps every character: `Buffer.from(name, 'latin1').toString('utf8')`.
    {
      code: "const multer = require('multer');\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => cb(null, Buffer.from(file.originalname, 'latin1').toString('utf8')),\n});",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.originalname' },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 98,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const multer = require('multer');\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => cb(null, Buffer.from(crypto.randomUUID(), 'latin1').toString('utf8')),\n});",
            },
          ],
        },
      ],
    },
    // `const ext = path.extname(name)`: the suggestion wraps the extension in an allowlist, never refers to `ext` itself.
    {
      code: "import multer from 'multer';\nimport path from 'path';\nimport { randomUUID } from 'crypto';\nimport fs from 'fs';\napp.post('/u', multer().single('f'), (req, res) => {\n  const ext = path.extname(req.file.originalname);\n  fs.writeFileSync(path.join('uploads', randomUUID() + ext), req.file.buffer);\n});",
      options: [{ reportPartialSanitizers: true }],
      errors: [
        {
          messageId: 'partiallySanitizedFilename',
          data: { source: 'req.file.originalname', sanitizer: 'path.extname' },
          line: 7,
          column: 20,
          endLine: 7,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'allowlistExtension',
              output:
                "import multer from 'multer';\nimport path from 'path';\nimport { randomUUID } from 'crypto';\nimport fs from 'fs';\napp.post('/u', multer().single('f'), (req, res) => {\n  const ext = (String(path.extname(req.file.originalname)).toLowerCase().match(/^\\.(?:png|jpe?g|gif|webp|pdf)$/)?.[0] ?? '');\n  fs.writeFileSync(path.join('uploads', randomUUID() + ext), req.file.buffer);\n});",
            },
          ],
        },
      ],
    },
    // `.split('.').pop()` is the client's extension (strict); the allowlist has no dot.
    {
      code: "const multer = require('multer');\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => cb(null, `${Date.now()}.${file.originalname.split('.').pop()}`),\n});",
      options: [{ reportPartialSanitizers: true }],
      errors: [
        {
          messageId: 'partiallySanitizedFilename',
          data: { source: 'file.originalname', sanitizer: "file.originalname.split('.').pop" },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 94,
          suggestions: [
            {
              messageId: 'allowlistExtension',
              output:
                "const multer = require('multer');\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => cb(null, `${Date.now()}.${(String(file.originalname.split('.').pop()).toLowerCase().match(/^(?:png|jpe?g|gif|webp|pdf)$/)?.[0] ?? '')}`),\n});",
            },
          ],
        },
      ],
    },
    // `crypto` required as Node's module: `crypto.randomUUID()`.
    {
      code: "const crypto = require('crypto');\nconst multer = require('multer');\nconst storage = multer.diskStorage({ filename: (req, file, cb) => cb(null, file.originalname) });",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.originalname' },
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const crypto = require('crypto');\nconst multer = require('multer');\nconst storage = multer.diskStorage({ filename: (req, file, cb) => cb(null, crypto.randomUUID()) });",
            },
          ],
        },
      ],
    },
    // `crypto` bound to another library: the global `globalThis.crypto.randomUUID()`.
    {
      code: "import crypto from 'crypto-js';\nimport multer from 'multer';\nexport const storage = multer.diskStorage({ filename: (req, file, cb) => cb(null, crypto.MD5(req.body.id) + '-' + file.originalname) });",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.originalname' },
          line: 3,
          column: 83,
          endLine: 3,
          endColumn: 132,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import crypto from 'crypto-js';\nimport multer from 'multer';\nexport const storage = multer.diskStorage({ filename: (req, file, cb) => cb(null, crypto.MD5(req.body.id) + '-' + globalThis.crypto.randomUUID()) });",
            },
          ],
        },
      ],
    },
    // `randomUUID` destructured from `require('node:crypto')`.
    {
      code: "const { randomUUID } = require('node:crypto');\nconst multer = require('multer');\nconst storage = multer.diskStorage({ filename: (req, file, cb) => cb(null, `${Date.now()}-${file.originalname}`) });",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.originalname' },
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 112,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const { randomUUID } = require('node:crypto');\nconst multer = require('multer');\nconst storage = multer.diskStorage({ filename: (req, file, cb) => cb(null, `${Date.now()}-${randomUUID()}`) });",
            },
          ],
        },
      ],
    },
    // A basename replaced by a generated name (strict).
    {
      code: "import multer from 'multer';\nimport path from 'path';\nimport fs from 'fs';\napp.post('/u', multer().single('f'), (req, res) => {\n  fs.writeFileSync(`uploads/${path.basename(req.file.originalname)}`, req.file.buffer);\n});",
      options: [{ reportPartialSanitizers: true }],
      errors: [
        {
          messageId: 'partiallySanitizedFilename',
          data: { source: 'req.file.originalname', sanitizer: 'path.basename' },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import multer from 'multer';\nimport path from 'path';\nimport fs from 'fs';\napp.post('/u', multer().single('f'), (req, res) => {\n  fs.writeFileSync(`uploads/${crypto.randomUUID()}`, req.file.buffer);\n});",
            },
          ],
        },
      ],
    },
    // `name.slice(name.lastIndexOf('.'))` is the client's extension (strict).
    {
      code: "const multer = require('multer');\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => cb(null, Date.now() + file.originalname.slice(file.originalname.lastIndexOf('.'))),\n});",
      options: [{ reportPartialSanitizers: true }],
      errors: [
        {
          messageId: 'partiallySanitizedFilename',
          data: { source: 'file.originalname', sanitizer: 'file.originalname.slice' },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 113,
          suggestions: [
            {
              messageId: 'allowlistExtension',
              output:
                "const multer = require('multer');\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => cb(null, Date.now() + (String(file.originalname.slice(file.originalname.lastIndexOf('.'))).toLowerCase().match(/^\\.(?:png|jpe?g|gif|webp|pdf)$/)?.[0] ?? '')),\n});",
            },
          ],
        },
      ],
    },
    // `path.parse(name).name`: the suggestion replaces the member, not the call.
    {
      code: "const multer = require('multer');\nconst path = require('path');\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => cb(null, `${path.parse(file.originalname).name}-${Date.now()}`),\n});",
      options: [{ reportPartialSanitizers: true }],
      errors: [
        {
          messageId: 'partiallySanitizedFilename',
          data: { source: 'file.originalname', sanitizer: 'path.parse' },
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 94,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const multer = require('multer');\nconst path = require('path');\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => cb(null, `${crypto.randomUUID()}-${Date.now()}`),\n});",
            },
          ],
        },
      ],
    },
    // An existence probe of the upload's path is no content check.
    {
      code: "const ACTIVE = ['text/html', 'image/svg+xml'];\nexport async function upload(ctx) {\n  const file = ctx.request.files.file;\n  if (!fs.existsSync(file.filepath)) ctx.throw(400);\n  if (ACTIVE.includes(file.mimetype)) ctx.throw(400);\n  ctx.body = 'ok';\n}",
      errors: [{ messageId: 'clientMimeType', data: { source: 'file.mimetype' }, line: 5, column: 23, endLine: 5, endColumn: 36 }],
    },
    // SvelteKit form actions: `Object.fromEntries(await request.formData())` keeps the files.
    {
      code: "import { fail } from '@sveltejs/kit';\nimport { writeFileSync } from 'fs';\nexport const actions = {\n  default: async ({ request }) => {\n    const formData = Object.fromEntries(await request.formData());\n    const { fileToUpload } = formData as { fileToUpload: File };\n    if (!fileToUpload.name) return fail(400, { missing: true });\n    writeFileSync(`static/${fileToUpload.name}`, Buffer.from(await fileToUpload.arrayBuffer()));\n    return { success: true };\n  },\n};",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'fileToUpload.name' },
          line: 8,
          column: 19,
          endLine: 8,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import { fail } from '@sveltejs/kit';\nimport { writeFileSync } from 'fs';\nexport const actions = {\n  default: async ({ request }) => {\n    const formData = Object.fromEntries(await request.formData());\n    const { fileToUpload } = formData as { fileToUpload: File };\n    if (!fileToUpload.name) return fail(400, { missing: true });\n    writeFileSync(`static/${crypto.randomUUID()}`, Buffer.from(await fileToUpload.arrayBuffer()));\n    return { success: true };\n  },\n};",
            },
          ],
        },
      ],
    },
    // SvelteKit form actions `satisfies Actions`.
    {
      code: "import type { Actions } from './$types';\nimport { writeFile } from 'fs/promises';\nimport path from 'path';\nexport const actions = {\n  upload: async ({ request }) => {\n    const data = await request.formData();\n    const file = data.get('file') as File;\n    await writeFile(path.join('static/uploads', file.name), Buffer.from(await file.arrayBuffer()));\n  },\n} satisfies Actions;",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.name' },
          line: 8,
          column: 21,
          endLine: 8,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import type { Actions } from './$types';\nimport { writeFile } from 'fs/promises';\nimport path from 'path';\nexport const actions = {\n  upload: async ({ request }) => {\n    const data = await request.formData();\n    const file = data.get('file') as File;\n    await writeFile(path.join('static/uploads', crypto.randomUUID()), Buffer.from(await file.arrayBuffer()));\n  },\n} satisfies Actions;",
            },
          ],
        },
      ],
    },
    // A Nest interceptor's request: `context.switchToHttp().getRequest()`.
    {
      code: "import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';\nimport { writeFile } from 'fs/promises';\nimport { join } from 'path';\n@Injectable()\nexport class StoreUploadInterceptor implements NestInterceptor {\n  async intercept(context: ExecutionContext, next: CallHandler) {\n    const request = context.switchToHttp().getRequest();\n    if (request.file) await writeFile(join('storage', request.file.originalname), request.file.buffer);\n    return next.handle();\n  }\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'request.file.originalname' },
          line: 8,
          column: 39,
          endLine: 8,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';\nimport { writeFile } from 'fs/promises';\nimport { join } from 'path';\n@Injectable()\nexport class StoreUploadInterceptor implements NestInterceptor {\n  async intercept(context: ExecutionContext, next: CallHandler) {\n    const request = context.switchToHttp().getRequest();\n    if (request.file) await writeFile(join('storage', crypto.randomUUID()), request.file.buffer);\n    return next.handle();\n  }\n}",
            },
          ],
        },
      ],
    },
    // A check that only logs does not guard the write (strict).
    {
      code: "const multer = require('multer');\nconst path = require('path');\nconst { randomUUID } = require('crypto');\nconst ALLOWED = ['.png', '.jpg', '.jpeg'];\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => {\n    const ext = path.extname(file.originalname).toLowerCase();\n    if (!ALLOWED.includes(ext)) console.warn('unexpected type', ext);\n    cb(null, randomUUID() + ext);\n  },\n});",
      options: [{ reportPartialSanitizers: true }],
      errors: [
        {
          messageId: 'partiallySanitizedFilename',
          data: { source: 'file.originalname', sanitizer: 'path.extname' },
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'allowlistExtension',
              output:
                "const multer = require('multer');\nconst path = require('path');\nconst { randomUUID } = require('crypto');\nconst ALLOWED = ['.png', '.jpg', '.jpeg'];\nconst storage = multer.diskStorage({\n  filename: (req, file, cb) => {\n    const ext = (String(path.extname(file.originalname)).toLowerCase().match(/^\\.(?:png|jpe?g|gif|webp|pdf)$/)?.[0] ?? '').toLowerCase();\n    if (!ALLOWED.includes(ext)) console.warn('unexpected type', ext);\n    cb(null, randomUUID() + ext);\n  },\n});",
            },
          ],
        },
      ],
    },
    // A name that fits a pattern is still the client's: same-name uploads overwrite each other.
    {
      code: "const fs = require('fs');\napp.post('/u', (req, res) => {\n  const name = req.file.originalname;\n  if (!/^[a-z0-9-]+\\.pdf$/.test(name)) return res.sendStatus(400);\n  fs.writeFileSync(`docs/${name}`, req.file.buffer);\n  res.end();\n});",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'req.file.originalname' },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const fs = require('fs');\napp.post('/u', (req, res) => {\n  const name = crypto.randomUUID();\n  if (!/^[a-z0-9-]+\\.pdf$/.test(name)) return res.sendStatus(400);\n  fs.writeFileSync(`docs/${name}`, req.file.buffer);\n  res.end();\n});",
            },
          ],
        },
      ],
    },
    // AdonisJS v6: `file.move(dir, { name: file.clientName })`.
    {
      code: "import type { HttpContext } from '@adonisjs/core/http';\nimport app from '@adonisjs/core/services/app';\nexport default class DocumentsController {\n  async store({ request, response }: HttpContext) {\n    const document = request.file('document', { size: '10mb' });\n    if (!document) return response.badRequest();\n    await document.move(app.makePath('storage/documents'), { name: document.clientName });\n    return { name: document.clientName };\n  }\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'document.clientName' },
          line: 7,
          column: 68,
          endLine: 7,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import type { HttpContext } from '@adonisjs/core/http';\nimport app from '@adonisjs/core/services/app';\nexport default class DocumentsController {\n  async store({ request, response }: HttpContext) {\n    const document = request.file('document', { size: '10mb' });\n    if (!document) return response.badRequest();\n    await document.move(app.makePath('storage/documents'), { name: crypto.randomUUID() });\n    return { name: document.clientName };\n  }\n}",
            },
          ],
        },
      ],
    },
    // AdonisJS v5 (`HttpContextContract`), files of one field.
    {
      code: "import { HttpContextContract } from '@ioc:Adonis/Core/HttpContext';\nimport Application from '@ioc:Adonis/Core/Application';\nexport default class GalleryController {\n  public async store(ctx: HttpContextContract) {\n    for (const image of ctx.request.files('images')) {\n      await image.move(Application.publicPath('gallery'), { name: `${Date.now()}-${image.clientName}`, overwrite: true });\n    }\n  }\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'image.clientName' },
          line: 6,
          column: 67,
          endLine: 6,
          endColumn: 102,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import { HttpContextContract } from '@ioc:Adonis/Core/HttpContext';\nimport Application from '@ioc:Adonis/Core/Application';\nexport default class GalleryController {\n  public async store(ctx: HttpContextContract) {\n    for (const image of ctx.request.files('images')) {\n      await image.move(Application.publicPath('gallery'), { name: `${Date.now()}-${crypto.randomUUID()}`, overwrite: true });\n    }\n  }\n}",
            },
          ],
        },
      ],
    },
    // TypeScript `import x = require()` for multer and fs.
    {
      code: "import multer = require('multer');\nimport fs = require('fs');\nconst upload = multer({ storage: multer.memoryStorage() });\napp.post('/u', upload.single('f'), (req: any, res: any) => {\n  fs.writeFileSync(`uploads/${req.file.originalname}`, req.file.buffer);\n  res.end();\n});",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'req.file.originalname' },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import multer = require('multer');\nimport fs = require('fs');\nconst upload = multer({ storage: multer.memoryStorage() });\napp.post('/u', upload.single('f'), (req: any, res: any) => {\n  fs.writeFileSync(`uploads/${crypto.randomUUID()}`, req.file.buffer);\n  res.end();\n});",
            },
          ],
        },
      ],
    },
    // Namespace import of multer (diskStorage destination) and `promises as fs`.
    {
      code: "import * as multer from 'multer';\nimport { promises as fs } from 'fs';\nexport const storage = multer.diskStorage({ destination: (req, file, cb) => cb(null, `uploads/${file.originalname}`) });\nexport async function save(file: Express.Multer.File) { await fs.writeFile(`archive/${file.originalname}`, file.buffer); }",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.originalname' },
          line: 3,
          column: 86,
          endLine: 3,
          endColumn: 116,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import * as multer from 'multer';\nimport { promises as fs } from 'fs';\nexport const storage = multer.diskStorage({ destination: (req, file, cb) => cb(null, `uploads/${crypto.randomUUID()}`) });\nexport async function save(file: Express.Multer.File) { await fs.writeFile(`archive/${file.originalname}`, file.buffer); }",
            },
          ],
        },
        {
          messageId: 'clientFilename',
          data: { source: 'file.originalname' },
          line: 4,
          column: 76,
          endLine: 4,
          endColumn: 106,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import * as multer from 'multer';\nimport { promises as fs } from 'fs';\nexport const storage = multer.diskStorage({ destination: (req, file, cb) => cb(null, `uploads/${file.originalname}`) });\nexport async function save(file: Express.Multer.File) { await fs.writeFile(`archive/${crypto.randomUUID()}`, file.buffer); }",
            },
          ],
        },
      ],
    },
    // formidable's named export and a namespace import of fs-extra.
    {
      code: "import { formidable } from 'formidable';\nimport * as fse from 'fs-extra';\nexport async function handler(req, res) {\n  const [, files] = await formidable().parse(req);\n  for (const file of files.attachments ?? []) await fse.move(file.filepath, `attachments/${file.originalFilename}`);\n  res.end();\n}",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'file.originalFilename' },
          line: 5,
          column: 77,
          endLine: 5,
          endColumn: 115,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "import { formidable } from 'formidable';\nimport * as fse from 'fs-extra';\nexport async function handler(req, res) {\n  const [, files] = await formidable().parse(req);\n  for (const file of files.attachments ?? []) await fse.move(file.filepath, `attachments/${crypto.randomUUID()}`);\n  res.end();\n}",
            },
          ],
        },
      ],
    },
    // formidable's IncomingForm destructured from require, and graceful-fs.
    {
      code: "const { IncomingForm } = require('formidable');\nconst gracefulFs = require('graceful-fs');\nmodule.exports = (req, res) => {\n  new IncomingForm().parse(req, (err, fields, files) => {\n    gracefulFs.copyFileSync(files.doc[0].filepath, 'docs/' + files.doc[0].originalFilename);\n    res.end();\n  });\n};",
      errors: [
        {
          messageId: 'clientFilename',
          data: { source: 'files.doc[0].originalFilename' },
          line: 5,
          column: 52,
          endLine: 5,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'useGeneratedName',
              output:
                "const { IncomingForm } = require('formidable');\nconst gracefulFs = require('graceful-fs');\nmodule.exports = (req, res) => {\n  new IncomingForm().parse(req, (err, fields, files) => {\n    gracefulFs.copyFileSync(files.doc[0].filepath, 'docs/' + crypto.randomUUID());\n    res.end();\n  });\n};",
            },
          ],
        },
      ],
    },
  ],
});
