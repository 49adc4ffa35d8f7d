import { AST_NODE_TYPES, type TSESLint } from '@typescript-eslint/utils';

import { CALL, CONSTRUCT, findModuleReferences, READ, type TraceMap, type TraceMapNode } from './module-references';

/** The upload parsers whose file objects carry a client-chosen filename and MIME type. */
export type UploadLibrary = 'multer' | 'express-fileupload' | 'formidable' | 'busboy' | 'fastify-multipart' | 'web';

export interface UploadLibrarySpec {
  label: string;
  /** Properties of one uploaded file that hold the filename the client sent. */
  nameProperties: readonly string[];
  /** Properties of one uploaded file that hold the MIME type the client declared. */
  mimeProperties: readonly string[];
}

export const UPLOAD_LIBRARIES: Record<UploadLibrary, UploadLibrarySpec> = {
  multer: { label: 'multer', nameProperties: ['originalname'], mimeProperties: ['mimetype'] },
  'express-fileupload': { label: 'express-fileupload', nameProperties: ['name'], mimeProperties: ['mimetype'] },
  // `originalFilename`/`mimetype` since v2, `name`/`type` in v1.
  formidable: { label: 'formidable', nameProperties: ['originalFilename', 'name'], mimeProperties: ['mimetype', 'type'] },
  busboy: { label: 'busboy', nameProperties: ['filename'], mimeProperties: ['mimeType'] },
  'fastify-multipart': { label: '@fastify/multipart', nameProperties: ['filename'], mimeProperties: ['mimetype'] },
  web: { label: 'web `File`', nameProperties: ['name'], mimeProperties: ['type'] },
};

/** The methods of a multer instance that return request middleware. */
export const MULTER_MIDDLEWARE_METHODS: ReadonlySet<string> = new Set(['single', 'array', 'fields', 'any', 'none']);

/** @fastify/multipart's request decorations: `request.file()` resolves one file, the others iterate several. */
export const FASTIFY_SINGLE_FILE_METHODS: ReadonlySet<string> = new Set(['file']);
export const FASTIFY_MANY_FILE_METHODS: ReadonlySet<string> = new Set(['files', 'parts', 'saveRequestFiles']);

export type UploadEntry =
  | { role: 'multerFactory' }
  | { role: 'multerDiskStorage' }
  | { role: 'nestUploadedFile'; container: boolean }
  | { role: 'fileUploadMiddleware' }
  | { role: 'busboyFactory' }
  | { role: 'connectBusboy' }
  | { role: 'formidableFactory' }
  | { role: 'formDataParser' };

const formidableFactory: UploadEntry = { role: 'formidableFactory' };
const busboyFactory: UploadEntry = { role: 'busboyFactory' };
const formDataParser: UploadEntry = { role: 'formDataParser' };

const remixParsers: TraceMapNode<UploadEntry> = {
  unstable_parseMultipartFormData: { [CALL]: formDataParser },
  parseMultipartFormData: { [CALL]: formDataParser },
};

export const UPLOAD_TRACE_MAP: TraceMap<UploadEntry> = {
  multer: {
    [CALL]: { role: 'multerFactory' },
    diskStorage: { [CALL]: { role: 'multerDiskStorage' } },
  },
  '@nestjs/common': {
    UploadedFile: { [CALL]: { role: 'nestUploadedFile', container: false } },
    UploadedFiles: { [CALL]: { role: 'nestUploadedFile', container: true } },
  },
  'express-fileupload': { [CALL]: { role: 'fileUploadMiddleware' } },
  busboy: { [CALL]: busboyFactory, [CONSTRUCT]: busboyFactory },
  'connect-busboy': { [CALL]: { role: 'connectBusboy' } },
  formidable: {
    [CALL]: formidableFactory,
    formidable: { [CALL]: formidableFactory },
    IncomingForm: { [CONSTRUCT]: formidableFactory },
    Formidable: { [CONSTRUCT]: formidableFactory },
  },
  '@remix-run/node': remixParsers,
  '@remix-run/server-runtime': remixParsers,
  '@remix-run/cloudflare': remixParsers,
  '@remix-run/form-data-parser': { parseFormData: { [CALL]: formDataParser } },
  '@mjackson/form-data-parser': { parseFormData: { [CALL]: formDataParser } },
};

/**
 * Calls that read an upload's bytes to learn its type: magic-number sniffers and image decoders.
 * A module that calls one of them is taken to check content, not just the client's MIME claim.
 */
export const CONTENT_CHECK_TRACE_MAP: TraceMap<true> = {
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
  sharp: { [CALL]: true },
  'image-size': { [CALL]: true, imageSize: { [CALL]: true } },
  'image-type': { [CALL]: true },
  jimp: { read: { [CALL]: true }, Jimp: { read: { [CALL]: true } } },
};

/** Packages whose presence ties `request.file()` / `request.parts()` to @fastify/multipart. */
export const FASTIFY_MODULES: readonly string[] = ['@fastify/multipart', 'fastify-multipart', 'fastify'];
export const HONO_MODULES: readonly string[] = ['hono'];

/**
 * Whether the file imports or requires one of `modules`, type-only imports included. Request
 * decorations such as fastify's `request.file()` have no traceable entry point of their own:
 * the handler only receives the request, so the import is what ties the call to the library.
 */
export function importsAnyModule(sourceCode: Readonly<TSESLint.SourceCode>, modules: readonly string[]): boolean {
  const importsSubpath = sourceCode.ast.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration && modules.some((name) => statement.source.value.startsWith(`${name}/`)),
  );
  return importsSubpath || findModuleReferences(sourceCode, wholeModuleReads(modules)).length > 0;
}

const wholeModuleReadMaps = new WeakMap<readonly string[], TraceMap<true>>();

/** A trace map that reports any import or `require` of the modules; one object per list, so answers are cached. */
function wholeModuleReads(modules: readonly string[]): TraceMap<true> {
  const known = wholeModuleReadMaps.get(modules);
  if (known) return known;
  const traceMap: TraceMap<true> = {};
  for (const name of modules) traceMap[name] = { [READ]: true };
  wholeModuleReadMaps.set(modules, traceMap);
  return traceMap;
}
