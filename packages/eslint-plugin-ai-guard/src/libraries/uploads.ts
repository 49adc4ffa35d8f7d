/**
 * How upload parsers hand files to application code, which calls write a file under a path, which transformations
 * only partly clean a client filename, and which calls read an upload's bytes: data for `safe-upload-name`.
 * `analysis/upload-sources.ts` follows the values; every entry names a shape only that library produces.
 */
import { CALL, CONSTRUCT, type TraceMap, type TraceMapNode } from '../analysis/module-references';
import type { LibraryDocs } from './docs';
import type { RequestApi } from './frameworks';

/** Where an uploaded file's properties come from. */
export type UploadLibrary =
  | 'multer'
  | 'express-fileupload'
  | 'formidable'
  | 'multiparty'
  | 'busboy'
  | 'fastify-multipart'
  | 'web'
  | 'h3'
  | 'graphql-upload'
  | 'egg-multipart'
  | 'adonis'
  /** Express `req.files` in a module that does not show which parser filled it. */
  | 'request-files'
  /** Koa `ctx.request.files` (koa-body, koa-better-body). */
  | 'koa-files';

export interface UploadLibrarySpec {
  readonly label: string;
  /** Properties of one uploaded file that hold the filename the client sent. */
  readonly nameProperties: readonly string[];
  /**
   * Name properties that count only once the module shows the parser that uses them for the client's name
   * (`req.files.doc.name` with `doc.mv(...)` is express-fileupload's).
   */
  readonly evidencedNameProperties?: readonly string[];
  /** Properties of one uploaded file that hold the MIME type the client declared. */
  readonly mimeProperties: readonly string[];
  /**
   * Methods of one file that move it to the path given as that argument (`file.mv(path)`), or under the name given
   * as an option of that argument (`file.move(dir, { name })`).
   */
  readonly moveMethods?: Readonly<Record<string, number | { readonly argument: number; readonly option: string }>>;
  /** Properties of one file whose assignment decides where it is written (`file.filepath = ...` in `fileBegin`). */
  readonly pathProperties?: readonly string[];
  readonly docs: { readonly recognised: string };
}

export const UPLOAD_LIBRARIES: Readonly<Record<UploadLibrary, UploadLibrarySpec>> = {
  multer: {
    label: 'multer (and `@koa/multer`, NestJS `@nestjs/platform-express`)',
    nameProperties: ['originalname'],
    mimeProperties: ['mimetype'],
    docs: {
      recognised:
        '`req.file` / `req.files` of any request handler (also `ctx.file`, `ctx.request.file`); handlers after `upload.single()` / `array()` / `fields()` / `any()` in a route or route array, or that call `upload(req, res, cb)`; `diskStorage` `filename` / `destination` and `fileFilter` callbacks (inline or by reference, in `multer()`, Nest `FileInterceptor` / `FilesInterceptor` / `FileFieldsInterceptor` / `AnyFilesInterceptor`, `MulterModule.register`, objects typed `MulterOptions`); `@UploadedFile()` / `@UploadedFiles()`; parameters typed `Express.Multer.File`',
    },
  },
  'express-fileupload': {
    label: 'express-fileupload',
    nameProperties: ['name'],
    mimeProperties: ['mimetype'],
    moveMethods: { mv: 0 },
    docs: { recognised: 'handlers after `fileUpload()` in a route or on a router that `.use`s it; parameters typed `UploadedFile`' },
  },
  'request-files': {
    label: 'Express `req.files` (parser wired in another module)',
    nameProperties: ['originalname', 'originalFilename'],
    evidencedNameProperties: ['name'],
    mimeProperties: ['mimetype'],
    moveMethods: { mv: 0 },
    docs: {
      recognised:
        '`req.files[...]` of any request handler; `.name` counts when the module shows express-fileupload: a `.mv()` call or a `tempFilePath` / `md5` read on such a file, or an import of `express-fileupload` / `express-formidable` (types included)',
    },
  },
  formidable: {
    label: 'formidable',
    // `originalFilename`/`mimetype` since v2, `name`/`type` in v1.
    nameProperties: ['originalFilename', 'name'],
    mimeProperties: ['mimetype', 'type'],
    pathProperties: ['filepath', 'path'],
    docs: {
      recognised:
        '`form.parse(req, (err, fields, files) => ...)`, `const [fields, files] = await form.parse(req)`, `form.on("file" / "fileBegin", ...)`, the `filename`, `filter` and `fileWriteStreamHandler` options; parameters typed `File` from formidable',
    },
  },
  'koa-files': {
    label: 'koa-body (`ctx.request.files`)',
    nameProperties: ['originalFilename', 'name', 'originalname'],
    mimeProperties: ['mimetype', 'type'],
    docs: { recognised: '`ctx.request.files[...]` of a Koa context' },
  },
  multiparty: {
    label: 'multiparty (and connect-multiparty)',
    nameProperties: ['originalFilename'],
    mimeProperties: [],
    docs: { recognised: '`form.parse(req, (err, fields, files) => ...)`, `form.on("file", ...)` on a `new multiparty.Form()`' },
  },
  busboy: {
    label: 'busboy (and connect-busboy)',
    nameProperties: ['filename'],
    mimeProperties: ['mimeType'],
    docs: {
      recognised:
        'the listener of `.on("file", ...)` on a `busboy()` / `new Busboy()` instance or connect-busboy `req.busboy`: `info.filename` / `info.mimeType`, and the legacy `(field, stream, filename, encoding, mimetype)` parameters',
    },
  },
  'fastify-multipart': {
    label: '@fastify/multipart',
    nameProperties: ['filename'],
    mimeProperties: ['mimetype'],
    docs: {
      recognised:
        '`request.file()`, `request.files()`, `request.parts()`, `request.saveRequestFiles()` of a request handler; parameters typed `MultipartFile`',
    },
  },
  web: {
    label: 'web `File` (Next.js, Remix, SvelteKit, Hono, Nuxt)',
    nameProperties: ['name'],
    mimeProperties: ['type'],
    docs: {
      recognised:
        '`(await request.formData()).get()` / `getAll()` / iteration on a handler request, Hono `c.req.parseBody()` / `formData()`, h3 `readFormData(event)`, Remix `parseMultipartFormData` / `parseFormData`, Server Functions taking a parameter typed `FormData`',
    },
  },
  h3: {
    label: 'h3 / Nuxt `readMultipartFormData`',
    nameProperties: ['filename'],
    mimeProperties: ['type'],
    docs: { recognised: 'the parts of `await readMultipartFormData(event)` in an event handler' },
  },
  'graphql-upload': {
    label: 'graphql-upload',
    nameProperties: ['filename'],
    mimeProperties: ['mimetype'],
    docs: {
      recognised:
        'the value destructured into `{ createReadStream, filename }` (or a parameter destructured so); parameters typed `FileUpload`',
    },
  },
  adonis: {
    label: 'AdonisJS bodyparser',
    nameProperties: ['clientName'],
    // `type` / `subtype` come from the magic number when AdonisJS can read one, so they are not the client's alone.
    mimeProperties: [],
    moveMethods: { move: { argument: 1, option: 'name' } },
    docs: {
      recognised:
        '`request.file()` / `files()` / `allFiles()` of a context typed `HttpContext` (`@adonisjs/core/http`) or `HttpContextContract` (`@ioc:Adonis/Core/HttpContext`); `file.move(dir, { name })`',
    },
  },
  'egg-multipart': {
    label: 'egg (`ctx.getFileStream()`)',
    nameProperties: ['filename'],
    mimeProperties: ['mimeType', 'mime'],
    docs: { recognised: '`await ctx.getFileStream()` on a Koa / egg context' },
  },
};

/** What a value handed over by a parser holds: one file, several, or the client's filename or MIME type itself. */
export type Holding = 'file' | 'files' | 'name' | 'mime' | 'either';

/** A function given to a parser as an option, and what its parameters receive. */
export interface OptionFunction {
  readonly library: UploadLibrary;
  readonly parameters: Readonly<Record<number, Holding>>;
  /** A callback parameter whose second argument names the stored file (`cb(null, name)` in multer `diskStorage`). */
  readonly pathCallback?: number;
  /** The function's return value names the stored file (formidable's `filename` option). */
  readonly returnsPath?: boolean;
}

export interface OptionsSpec {
  /** Which argument holds the options object. */
  readonly argument: number;
  readonly functions: Readonly<Record<string, OptionFunction>>;
}

/** How a parser instance (`busboy()`, `formidable()`) hands files over: event listeners and `parse` callbacks. */
export interface InstanceSpec {
  readonly library: UploadLibrary;
  /** `.on(event, listener)`: what each listener parameter receives. */
  readonly events: Readonly<Record<string, Readonly<Record<number, Holding>>>>;
  /** `form.parse(req, cb)`: the callback's parameter holding the files; `await form.parse(req)` resolves to `[fields, files]`. */
  readonly parse?: { readonly method: string; readonly callback: number; readonly files: number; readonly resolvesTo?: number };
}

export type ParserEntry =
  /** A call that returns request middleware itself (`fileUpload()`), or an instance whose methods do (`multer().single()`). */
  | {
      readonly role: 'middleware';
      readonly library: UploadLibrary;
      readonly middlewareMethods?: readonly string[];
      readonly options?: OptionsSpec;
    }
  /** A call whose options hold callbacks the parser calls with a file (`diskStorage`, Nest `FileInterceptor`). */
  | { readonly role: 'options'; readonly options: OptionsSpec }
  /** A parser instance that emits files (`busboy()`, `formidable()`, `new multiparty.Form()`). */
  | { readonly role: 'instance'; readonly instance: InstanceSpec; readonly options?: OptionsSpec }
  /** A parameter decorator whose parameter receives the upload (`@UploadedFile()`). */
  | { readonly role: 'decorator'; readonly library: UploadLibrary; readonly holds: Holding }
  /** A call that resolves to a web `FormData` of the request's files. */
  | { readonly role: 'formData' }
  /** Nest's `FileTypeValidator` (`new FileTypeValidator(options)` or a builder's `addFileTypeValidator(options)`). */
  | { readonly role: 'typeValidator'; readonly builderMethod?: string };

const MULTER_FILTER: OptionFunction = { library: 'multer', parameters: { 1: 'file' } };
const MULTER_OPTIONS: OptionsSpec = { argument: 0, functions: { fileFilter: MULTER_FILTER } };
const DISK_STORAGE_CALLBACK: OptionFunction = { library: 'multer', parameters: { 1: 'file' }, pathCallback: 2 };
const DISK_STORAGE: OptionsSpec = { argument: 0, functions: { filename: DISK_STORAGE_CALLBACK, destination: DISK_STORAGE_CALLBACK } };
const interceptor = (argument: number): ParserEntry => ({
  role: 'options',
  options: { argument, functions: { fileFilter: MULTER_FILTER } },
});

export const BUSBOY: InstanceSpec = {
  library: 'busboy',
  // v1 passes `info` ({ filename, mimeType }); before v1 the third parameter was the filename and the fifth the MIME type.
  events: { file: { 2: 'either', 4: 'mime' } },
};
export const FORMIDABLE: InstanceSpec = {
  library: 'formidable',
  events: { file: { 1: 'file' }, fileBegin: { 1: 'file' } },
  parse: { method: 'parse', callback: 1, files: 2, resolvesTo: 1 },
};
export const MULTIPARTY: InstanceSpec = {
  library: 'multiparty',
  events: { file: { 1: 'file' } },
  parse: { method: 'parse', callback: 1, files: 2 },
};
const FORMIDABLE_OPTIONS: OptionsSpec = {
  argument: 0,
  functions: {
    filename: { library: 'formidable', parameters: { 2: 'file' }, returnsPath: true },
    filter: { library: 'formidable', parameters: { 0: 'file' } },
    fileWriteStreamHandler: { library: 'formidable', parameters: { 0: 'file' } },
  },
};

const multerModule: TraceMapNode<ParserEntry> = {
  [CALL]: {
    role: 'middleware',
    library: 'multer',
    middlewareMethods: ['single', 'array', 'fields', 'any', 'none'],
    options: MULTER_OPTIONS,
  },
  diskStorage: { [CALL]: { role: 'options', options: DISK_STORAGE } },
};
const formidableFactory: ParserEntry = { role: 'instance', instance: FORMIDABLE, options: FORMIDABLE_OPTIONS };
const busboyFactory: ParserEntry = { role: 'instance', instance: BUSBOY };
const formData: ParserEntry = { role: 'formData' };
const remixParsers: TraceMapNode<ParserEntry> = {
  unstable_parseMultipartFormData: { [CALL]: formData },
  parseMultipartFormData: { [CALL]: formData },
};
const fileTypeValidator: ParserEntry = { role: 'typeValidator' };

/** Upload parsers by module, in every import style. */
export const UPLOAD_PARSERS: TraceMap<ParserEntry> = {
  multer: multerModule,
  '@koa/multer': multerModule,
  'express-fileupload': { [CALL]: { role: 'middleware', library: 'express-fileupload' } },
  'express-formidable': { [CALL]: { role: 'middleware', library: 'request-files' } },
  'connect-multiparty': { [CALL]: { role: 'middleware', library: 'request-files' } },
  busboy: { [CALL]: busboyFactory, [CONSTRUCT]: busboyFactory },
  formidable: {
    [CALL]: formidableFactory,
    formidable: { [CALL]: formidableFactory },
    IncomingForm: { [CONSTRUCT]: formidableFactory },
    Formidable: { [CONSTRUCT]: formidableFactory },
    default: { [CALL]: formidableFactory },
  },
  multiparty: { Form: { [CONSTRUCT]: { role: 'instance', instance: MULTIPARTY } } },
  '@nestjs/common': {
    UploadedFile: { [CALL]: { role: 'decorator', library: 'multer', holds: 'file' } },
    UploadedFiles: { [CALL]: { role: 'decorator', library: 'multer', holds: 'files' } },
    FileTypeValidator: { [CONSTRUCT]: fileTypeValidator },
    ParseFilePipeBuilder: { [CONSTRUCT]: { role: 'typeValidator', builderMethod: 'addFileTypeValidator' } },
  },
  '@nestjs/platform-express': {
    FileInterceptor: { [CALL]: interceptor(1) },
    FilesInterceptor: { [CALL]: interceptor(2) },
    FileFieldsInterceptor: { [CALL]: interceptor(1) },
    AnyFilesInterceptor: { [CALL]: interceptor(0) },
    MulterModule: { register: { [CALL]: interceptor(0) } },
  },
  '@remix-run/node': remixParsers,
  '@remix-run/server-runtime': remixParsers,
  '@remix-run/cloudflare': remixParsers,
  '@remix-run/form-data-parser': { parseFormData: { [CALL]: formData } },
  '@mjackson/form-data-parser': { parseFormData: { [CALL]: formData } },
};

/** What a request-model value exposes once a parser has run on the request: members and methods by request API. */
export interface RequestUploads {
  readonly members?: Readonly<Record<string, UploadShape>>;
  readonly methods?: Readonly<Record<string, UploadShape>>;
}

export type UploadShape =
  | { readonly kind: 'upload'; readonly library: UploadLibrary; readonly holds: 'file' | 'files' }
  | { readonly kind: 'instance'; readonly instance: InstanceSpec }
  | { readonly kind: 'form-data' }
  /** Hono's `parseBody()`: fields by name, each a string or a `File`. */
  | { readonly kind: 'form-body' }
  /** A framework object on the way to the files (AdonisJS `ctx` → `ctx.request`). */
  | { readonly kind: 'framework'; readonly api: FrameworkApi };

/** Framework objects the request model does not know, which lead to uploads. */
export type FrameworkApi = 'adonis-context' | 'adonis-request';

export const FRAMEWORK_UPLOADS: Readonly<Record<FrameworkApi, RequestUploads>> = {
  'adonis-context': { members: { request: { kind: 'framework', api: 'adonis-request' } } },
  'adonis-request': {
    methods: {
      file: { kind: 'upload', library: 'adonis', holds: 'file' },
      files: { kind: 'upload', library: 'adonis', holds: 'files' },
      allFiles: { kind: 'upload', library: 'adonis', holds: 'files' },
    },
  },
};

/** Types a handler's context is annotated with, by module and export name. */
export const CONTEXT_TYPES: Readonly<Record<string, Readonly<Record<string, FrameworkApi>>>> = {
  '@adonisjs/core/http': { HttpContext: 'adonis-context' },
  '@ioc:Adonis/Core/HttpContext': { HttpContextContract: 'adonis-context' },
};

const file = (library: UploadLibrary): UploadShape => ({ kind: 'upload', library, holds: 'file' });
const files = (library: UploadLibrary): UploadShape => ({ kind: 'upload', library, holds: 'files' });

export const REQUEST_UPLOADS: Partial<Readonly<Record<RequestApi, RequestUploads>>> = {
  node: {
    // Only multer sets `req.file`; `req.busboy` is connect-busboy's.
    members: { file: file('multer'), files: files('request-files'), busboy: { kind: 'instance', instance: BUSBOY } },
    // @fastify/multipart's request decorations (skipper's `req.file("field")` takes a field name and is not one).
    methods: {
      file: file('fastify-multipart'),
      files: files('fastify-multipart'),
      parts: files('fastify-multipart'),
      saveRequestFiles: files('fastify-multipart'),
    },
  },
  'koa-context': { members: { file: file('multer'), files: files('multer') }, methods: { getFileStream: file('egg-multipart') } },
  'koa-request': { members: { file: file('multer'), files: files('koa-files') } },
  web: { methods: { formData: { kind: 'form-data' } } },
  'hono-request': { methods: { formData: { kind: 'form-data' }, parseBody: { kind: 'form-body' } } },
};

/** h3 (Nuxt, Nitro) readers of the event's multipart body. */
export const H3_UPLOAD_READERS: Readonly<Record<string, UploadShape>> = {
  readMultipartFormData: files('h3'),
  readFormData: { kind: 'form-data' },
};

/** Types a parameter can be annotated with that make it an uploaded file, by module and export name. */
export const FILE_TYPES: Readonly<Record<string, Readonly<Record<string, UploadLibrary>>>> = {
  'express-fileupload': { UploadedFile: 'express-fileupload' },
  formidable: { File: 'formidable', PersistentFile: 'formidable', VolatileFile: 'formidable' },
  '@fastify/multipart': { MultipartFile: 'fastify-multipart' },
  'graphql-upload': { FileUpload: 'graphql-upload' },
  'graphql-upload/processRequest.mjs': { FileUpload: 'graphql-upload' },
  'graphql-upload/processRequest.js': { FileUpload: 'graphql-upload' },
  'graphql-upload-minimal': { FileUpload: 'graphql-upload' },
  'graphql-upload-ts': { FileUpload: 'graphql-upload' },
};

/** Qualified global types that name an uploaded file (`Express.Multer.File` from `@types/multer`). */
export const GLOBAL_FILE_TYPES: Readonly<Record<string, UploadLibrary>> = { 'Express.Multer.File': 'multer' };

/** Option types whose objects (and whose `['fileFilter']`-style members) carry parser callbacks, by module prefix and name. */
export const OPTIONS_TYPES: Readonly<Record<string, Readonly<Record<string, OptionsSpec>>>> = {
  '@nestjs/platform-express': { MulterOptions: MULTER_OPTIONS },
  multer: { Options: MULTER_OPTIONS },
};

/**
 * The words of upload shapes, by where the code writes them: a module that writes none of them and imports no module of
 * {@link UPLOAD_MODULES} is skipped before any analysis. A new library adds the words of its shapes here.
 *
 * Most are read as a member (`file.originalname`, `c.req.parseBody()`), destructured (`{ originalname, mimetype }`,
 * `{ createReadStream, filename }`), used as a decorator (`@UploadedFile()`) or quoted (`file['mimetype']`): they count
 * after `.`, `@`, `{`, `,` or a quote. The text is searched for a word only there, which costs a third of a search
 * anywhere: most characters of a file are none of these.
 */
export const UPLOAD_MEMBER_WORDS: readonly string[] = [
  'originalname',
  'originalFilename',
  'mimetype',
  'mimeType',
  'formData',
  'parseBody',
  'getFileStream',
  'createReadStream',
  'busboy',
  'saveRequestFiles',
  'Multer',
  'UploadedFile',
  'UploadedFiles',
  'clientName',
];

/** `file`, `files` and `parts` count only as member reads (`req.file`, `ctx.request.files`, `request.parts()`): as bare words they are in every other module. */
export const UPLOAD_REQUEST_MEMBERS: readonly string[] = ['file', 'files', 'parts'];

/**
 * A word that counts wherever it is written: h3's readers are called bare (Nuxt imports them for the file), and a
 * Server Function's parameter is typed `FormData`. `readMultipartFormData`, `readFormData` and `FormData` all hold it.
 */
export const UPLOAD_ANYWHERE_WORD = 'FormData';

/**
 * The modules whose import shows upload code by itself (subpaths too: `@nestjs/platform-express/multer/...`): the
 * parsers, and the modules of the file, context and options types. Nest's common module is in every Nest file; its
 * upload shapes are the `@UploadedFile()` decorators above.
 */
export const UPLOAD_MODULES: ReadonlySet<string> = new Set(
  [...Object.keys(UPLOAD_PARSERS), ...Object.keys(FILE_TYPES), ...Object.keys(CONTEXT_TYPES), ...Object.keys(OPTIONS_TYPES)].filter(
    (name) => name !== '@nestjs/common',
  ),
);

/** graphql-upload's `FileUpload` as the code destructures it: these two keys together are its shape alone. */
export const GRAPHQL_UPLOAD_KEYS: readonly string[] = ['createReadStream', 'filename'];

/** A call argument that names a file to write, move or create. */
export interface PathSink {
  readonly label: string;
  readonly paths: readonly number[];
  /** `fs.open(path, flags)`: a sink only when the flags write. */
  readonly flagsArgument?: number;
}

interface SinkGroup {
  readonly label: string;
  readonly modules: readonly string[];
  /** Callable module (`mkdirp(dir)`, `writeFileAtomic(path, data)`). */
  readonly callable?: readonly number[];
  readonly methods: Readonly<Record<string, readonly number[]>>;
  /** Each method also has a `...Sync` twin. */
  readonly sync?: boolean;
  /** Each method also has an `...Async` twin (fs-jetpack). */
  readonly async?: boolean;
  /** Sub-objects with the same methods (`fs.promises`). */
  readonly nested?: readonly string[];
}

const FS_WRITES: Readonly<Record<string, readonly number[]>> = {
  writeFile: [0],
  appendFile: [0],
  createWriteStream: [0],
  rename: [1],
  copyFile: [1],
  cp: [1],
  mkdir: [0],
  mkdtemp: [0],
  symlink: [1],
  link: [1],
  open: [0],
};
const FS_EXTRA_WRITES: Readonly<Record<string, readonly number[]>> = {
  ...FS_WRITES,
  outputFile: [0],
  outputJson: [0],
  outputJSON: [0],
  writeJson: [0],
  writeJSON: [0],
  move: [1],
  copy: [1],
  ensureDir: [0],
  ensureFile: [0],
  ensureLink: [1],
  ensureSymlink: [1],
  createFile: [0],
  mkdirp: [0],
  mkdirs: [0],
};

const SINK_GROUPS: readonly SinkGroup[] = [
  {
    label: 'fs, fs/promises, graceful-fs',
    modules: ['fs', 'node:fs', 'graceful-fs'],
    methods: FS_WRITES,
    sync: true,
    nested: ['promises'],
  },
  { label: 'fs/promises', modules: ['fs/promises', 'node:fs/promises'], methods: FS_WRITES },
  { label: 'fs-extra', modules: ['fs-extra'], methods: FS_EXTRA_WRITES, sync: true },
  {
    label: 'mkdirp, make-dir',
    modules: ['mkdirp', 'make-dir'],
    callable: [0],
    methods: { sync: [0], mkdirp: [0], mkdirpSync: [0], native: [0], manual: [0], makeDirectory: [0], makeDirectorySync: [0] },
  },
  { label: 'write-file-atomic', modules: ['write-file-atomic'], callable: [0], methods: { sync: [0] } },
  {
    label: 'fs-jetpack',
    modules: ['fs-jetpack'],
    methods: { write: [0], append: [0], file: [0], dir: [0], copy: [1], move: [1], rename: [1] },
    async: true,
  },
];

/** Methods without a `...Sync` twin. */
const ASYNC_ONLY = new Set(['createWriteStream']);

function sinkNode(group: SinkGroup, moduleName: string): TraceMapNode<PathSink> {
  const node: TraceMapNode<PathSink> = {};
  if (group.callable) node[CALL] = { label: moduleName, paths: group.callable };
  for (const [method, paths] of Object.entries(group.methods)) {
    const flagsArgument = method === 'open' ? 1 : undefined;
    node[method] = { [CALL]: { label: `${moduleName}.${method}`, paths, flagsArgument } };
    if (group.sync && !ASYNC_ONLY.has(method))
      node[`${method}Sync`] = { [CALL]: { label: `${moduleName}.${method}Sync`, paths, flagsArgument } };
    if (group.async) node[`${method}Async`] = { [CALL]: { label: `${moduleName}.${method}Async`, paths } };
  }
  for (const nested of group.nested ?? []) {
    node[nested] = sinkNode({ ...group, sync: false, nested: [] }, `${moduleName}.${nested}`);
  }
  if (group.callable) node.default = { ...node };
  return node;
}

/** Calls that write, move or create a file at a path argument, by module. */
export const PATH_SINKS: TraceMap<PathSink> = Object.fromEntries(
  SINK_GROUPS.flatMap((group) => group.modules.map((moduleName) => [moduleName, sinkNode(group, moduleName)])),
);

/** Runtime globals that write files: `Bun.write(path, data)`, `Deno.writeFile(path, data)`. */
export const GLOBAL_PATH_SINKS: TraceMap<PathSink> = {
  Bun: { write: { [CALL]: { label: 'Bun.write', paths: [0] } } },
  Deno: Object.fromEntries(
    (
      [
        ['writeFile', [0]],
        ['writeTextFile', [0]],
        ['create', [0]],
        ['mkdir', [0]],
        ['rename', [1]],
        ['copyFile', [1]],
        ['link', [1]],
        ['symlink', [1]],
      ] as const
    ).flatMap(([method, paths]) => [
      [method, { [CALL]: { label: `Deno.${method}`, paths } }],
      [`${method}Sync`, { [CALL]: { label: `Deno.${method}Sync`, paths } }],
    ]),
  ),
};

/** `Bun.file(path)`: a handle whose writes go to `path`. */
export const GLOBAL_PATH_HANDLES: TraceMap<true> = { Bun: { file: { [CALL]: true } } };

/** Image libraries whose instances write themselves to a path: `sharp(input).resize(...).toFile(path)`. */
export interface WriterSpec {
  readonly label: string;
  /** Methods that write, with the path argument. */
  readonly writes: Readonly<Record<string, number>>;
}
const SHARP: WriterSpec = { label: 'sharp', writes: { toFile: 0 } };
const JIMP: WriterSpec = { label: 'jimp', writes: { write: 0, writeAsync: 0 } };
const GM: WriterSpec = { label: 'gm', writes: { write: 0 } };

/** Every method a writer writes with, so a module's calls can be collected before their receivers are known. */
export const WRITER_METHODS: ReadonlySet<string> = new Set([SHARP, JIMP, GM].flatMap((writer) => Object.keys(writer.writes)));

export const WRITERS: TraceMap<WriterSpec> = {
  sharp: { [CALL]: SHARP, default: { [CALL]: SHARP } },
  jimp: { read: { [CALL]: JIMP }, [CONSTRUCT]: JIMP, Jimp: { read: { [CALL]: JIMP }, [CONSTRUCT]: JIMP } },
  gm: { [CALL]: GM },
};

/**
 * What a library call does to a client filename:
 * - `join`: a path built from its arguments (`path.join`), which keeps every part;
 * - `keep`: the same text in another form (`iconv.decode`);
 * - `partial`: only the last segment or the extension survives (`path.basename`, `sanitize-filename`), so no
 *   traversal, but the client still picks the extension and collides with other uploads.
 */
export type NameTransform =
  | { readonly role: 'join' }
  | { readonly role: 'keep' }
  | { readonly role: 'partial'; readonly label: string; readonly keeps: 'name' | 'extension' | 'parts' };

function pathFlavour(moduleName: string): TraceMapNode<NameTransform> {
  return {
    join: { [CALL]: { role: 'join' } },
    resolve: { [CALL]: { role: 'join' } },
    normalize: { [CALL]: { role: 'join' } },
    format: { [CALL]: { role: 'join' } },
    toNamespacedPath: { [CALL]: { role: 'join' } },
    basename: { [CALL]: { role: 'partial', label: `${moduleName}.basename`, keeps: 'name' } },
    extname: { [CALL]: { role: 'partial', label: `${moduleName}.extname`, keeps: 'extension' } },
    parse: { [CALL]: { role: 'partial', label: `${moduleName}.parse`, keeps: 'parts' } },
  };
}

function pathModule(moduleName: string): TraceMapNode<NameTransform> {
  const flavour = pathFlavour(moduleName);
  return { ...flavour, posix: flavour, win32: flavour };
}

const partialCall = (label: string): TraceMapNode<NameTransform> => ({ [CALL]: { role: 'partial', label, keeps: 'name' } });

export const NAME_TRANSFORMS: TraceMap<NameTransform> = {
  path: pathModule('path'),
  'node:path': pathModule('path'),
  pathe: pathModule('pathe'),
  upath: pathModule('upath'),
  'sanitize-filename': { ...partialCall('sanitize-filename'), default: partialCall('sanitize-filename') },
  filenamify: { ...partialCall('filenamify'), filenamify: partialCall('filenamify'), default: partialCall('filenamify') },
  slugify: { ...partialCall('slugify'), default: partialCall('slugify') },
  '@sindresorhus/slugify': { ...partialCall('slugify'), default: partialCall('slugify') },
  slug: { ...partialCall('slug'), default: partialCall('slug') },
  'iconv-lite': { decode: { [CALL]: { role: 'keep' } } },
};

/**
 * Calls that read an upload's bytes to learn its type: magic-number sniffers and image decoders. A module that
 * calls one of them is taken to check content, not just the client's MIME claim.
 */
export const CONTENT_CHECKS: TraceMap<true> = {
  'file-type': {
    ...Object.fromEntries(
      [
        'fileTypeFromBuffer',
        'fileTypeFromFile',
        'fileTypeFromStream',
        'fileTypeFromBlob',
        'fileTypeFromTokenizer',
        'fromBuffer',
        'fromFile',
        'fromStream',
      ].map((name) => [name, { [CALL]: true }]),
    ),
    FileTypeParser: { [CONSTRUCT]: true },
  },
  'magic-bytes.js': {
    filetypeinfo: { [CALL]: true },
    filetypename: { [CALL]: true },
    filetypemime: { [CALL]: true },
    filetypeextension: { [CALL]: true },
  },
  mmmagic: { Magic: { [CONSTRUCT]: true } },
  wasmagic: { WASMagic: { create: { [CALL]: true } } },
  sharp: { [CALL]: true, default: { [CALL]: true } },
  'image-size': { [CALL]: true, imageSize: { [CALL]: true }, default: { [CALL]: true } },
  'image-type': { [CALL]: true, default: { [CALL]: true } },
  'probe-image-size': { [CALL]: true, sync: { [CALL]: true }, default: { [CALL]: true } },
  jimp: { read: { [CALL]: true }, Jimp: { read: { [CALL]: true } } },
};

/** Options of Nest's `FileTypeValidator` that make it compare the client's `mimetype` instead of the file's magic numbers. */
export const MIME_ONLY_VALIDATOR_OPTIONS: readonly string[] = ['skipMagicNumbersValidation', 'fallbackToMimetype'];

const DOCUMENTED_LIBRARIES: readonly UploadLibrary[] = [
  'multer',
  'express-fileupload',
  'request-files',
  'busboy',
  'formidable',
  'koa-files',
  'multiparty',
  'fastify-multipart',
  'web',
  'h3',
  'graphql-upload',
  'egg-multipart',
  'adonis',
];

const code = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(', ');

function libraryRow(library: UploadLibrary): string[] {
  const spec = UPLOAD_LIBRARIES[library];
  const names = [...spec.nameProperties, ...(spec.evidencedNameProperties ?? [])];
  const mime = spec.mimeProperties.length > 0 ? code(spec.mimeProperties) : 'none';
  return [spec.label, 'upload parser', `client filename ${code(names)}, client MIME type ${mime}: ${spec.docs.recognised}`];
}

function sinkRow(group: SinkGroup): string[] {
  const twin = group.sync ? '(Sync)' : group.async ? '(Async)' : '';
  const methods = Object.keys(group.methods).map((method) => (ASYNC_ONLY.has(method) && group.sync ? method : `${method}${twin}`));
  const callable = group.callable ? ['the module itself'] : [];
  const nested = group.nested?.length ? ` (also on ${code(group.nested.map((name) => `${group.modules[0]}.${name}`))})` : '';
  return [group.label, 'path sink', `${[...callable, ...methods.map((method) => `\`${method}\``)].join(', ')}${nested}`];
}

/** The modules with a partial sanitizer, and the sanitizers' labels. */
function partialSanitizers(): { modules: string[]; labels: string[] } {
  const modules = new Set<string>();
  const labels = new Set<string>();
  const visit = (moduleName: string, node: TraceMapNode<NameTransform>) => {
    const entry = node[CALL];
    if (entry?.role === 'partial') {
      modules.add(moduleName.replace(/^node:/, ''));
      labels.add(entry.label);
    }
    for (const key of Object.keys(node)) visit(moduleName, node[key] as TraceMapNode<NameTransform>);
  };
  for (const [moduleName, node] of Object.entries(NAME_TRANSFORMS)) visit(moduleName, node);
  return { modules: [...modules], labels: [...labels] };
}

const PARTIAL = partialSanitizers();

/** The libraries as the docs list them: generated from the tables above, so a new entry shows up once added. */
export const UPLOAD_DOCS: LibraryDocs = {
  columns: ['library', 'role', 'what the rule recognises'],
  rows: [
    ...DOCUMENTED_LIBRARIES.map(libraryRow),
    ...SINK_GROUPS.map(sinkRow),
    [
      'sharp, jimp, gm',
      'path sink',
      `${[SHARP, JIMP, GM].map((writer) => `${writer.label} ${code(Object.keys(writer.writes))}`).join('; ')}`,
    ],
    [
      'Bun, Deno',
      'path sink',
      `\`Bun.write\` (also through \`Bun.file(path)\`), ${code(Object.keys(GLOBAL_PATH_SINKS.Deno ?? {}).map((method) => `Deno.${method}`))}`,
    ],
    [
      'upload parsers',
      'path sink',
      'express-fileupload `file.mv(path)`; multer `diskStorage` `cb(null, name)`; formidable `file.filepath = ...` and the `filename` option',
    ],
    [
      PARTIAL.modules.join(', '),
      'partial sanitizer',
      `${code(PARTIAL.labels)}, a \`.replace()\` that removes every \`/\` and \`\\\`, \`encodeURIComponent\`, \`.split(".").pop()\``,
    ],
    [
      Object.keys(CONTENT_CHECKS).join(', '),
      'content check',
      'any call that reads the bytes (`fileTypeFromBuffer`, `sharp(input)`, ...) in the module',
    ],
    [
      '@nestjs/common',
      'content check',
      '`FileTypeValidator` (magic numbers since Nest 11) unless `skipMagicNumbersValidation` or `fallbackToMimetype` is set',
    ],
  ],
};
