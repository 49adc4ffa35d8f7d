// Uploaded files as data: the expressions that are an upload object (a taint source labelled UPLOAD), the attributes
// that hold the client's filename and declared MIME type, the sanitizers and the calls that read the bytes.
import { all, either, focus, metavariableRegex } from '../lib/patterns.mjs';

const TYPED_UPLOADS = [
  'fastapi.UploadFile',
  'starlette.datastructures.UploadFile',
  'werkzeug.datastructures.FileStorage',
  'django.core.files.uploadedfile.UploadedFile',
  'django.core.files.uploadedfile.InMemoryUploadedFile',
  'django.core.files.uploadedfile.TemporaryUploadedFile',
];

/**
 * Upload objects, and the containers they come in (taint follows `.get()`, `[...]`, iteration and `await` from these):
 * werkzeug/Flask `request.files`, Django `request.FILES` and a form's `cleaned_data`, aiohttp `await request.post()` and
 * `request.multipart()`, Starlette `await request.form()`, Tornado `self.request.files`, parameters typed as an upload
 * class (any function, so helpers count), DRF `validate_<field>` values, and a parameter read with `.chunks()` (a
 * Django file handed to a helper such as the docs' `handle_uploaded_file(f)`).
 */
export const uploadSources = [
  'flask.request.files',
  '$REQ.FILES',
  'self.request.files',
  'self.cleaned_data',
  // Pyramid: a FieldStorage in request.POST.
  '$REQ.POST',
  '$REQ.multipart()',
  all('$REQ.$READ(...)', metavariableRegex('$READ', '^(post|form)$'), metavariableRegex('$REQ', String.raw`^(request|req|self\.request)$`)),
  ...TYPED_UPLOADS.flatMap((type) => [
    all(`def $FN(..., $F: ${type}, ...):\n  ...`, focus('$F')),
    all(`def $FN(..., $F: $LIST[${type}], ...):\n  ...`, focus('$F')),
  ]),
  all('def $VALIDATE(self, $F):\n  ...', metavariableRegex('$VALIDATE', String.raw`^validate_\w+$`), focus('$F')),
  // The Django docs' `handle_uploaded_file(f)`: a parameter whose chunks are written out.
  all(
    either(
      'def $FN(..., $F, ...):\n  ...\n  for $CHUNK in $F.chunks(...):\n    ...',
      'def $FN(..., $F, ...):\n  ...\n  with $OPEN as $OUT:\n    ...\n    for $CHUNK in $F.chunks(...):\n      ...',
    ),
    focus('$F'),
  ),
];

/** The client's filename on an upload (werkzeug, Starlette, aiohttp: `filename`; Django: `name`; Tornado: a dict key). */
export const CLIENT_NAMES = ['$X.filename', '$X.name', '$X["filename"]'];
/** The client's declared MIME type on an upload, and aiohttp's part header. */
export const CLIENT_TYPES = [
  '$X.content_type',
  '$X.mimetype',
  '$X.type',
  all(
    either('$X.headers[$HEADER]', '$X.headers.get($HEADER, ...)'),
    metavariableRegex('$HEADER', String.raw`(?i)^(hdrs\.CONTENT_TYPE|["']content-type["'])$`),
  ),
];

/** Patterns that are the bytes being looked at: a function that makes one has a real type check. */
export const CONTENT_SNIFFERS = ['magic', 'from_buffer', 'from_file', 'filetype', 'Image.open', 'imghdr', 'puremagic'];

/** Sanitizers: partial ones strip directories (the ESLint strict config reports them), random names carry nothing. */
export const NAME_SANITIZERS = [
  'werkzeug.utils.secure_filename(...)',
  'werkzeug.secure_filename(...)',
  'os.path.basename(...)',
  'os.path.splitext(...)[1]',
  'pathlib.Path(...).name',
  'pathlib.Path(...).suffix',
  'pathlib.Path(...).stem',
  'django.utils.text.get_valid_filename(...)',
  '$STORAGE.get_valid_name(...)',
  'uuid.$UUID(...)',
  'hashlib.$HASH(...)',
  'secrets.$TOKEN(...)',
  'len(...)',
];

/** Text only a file that reads uploads contains (regexes, any of which marks the file): the checks' prefilter. */
export const UPLOAD_SOURCE_WORDS = [
  String.raw`request\.files\b`,
  String.raw`\.FILES\b`,
  String.raw`\b(?:UploadFile|FileStorage|(?:InMemory|Temporary)?UploadedFile)\b`,
  String.raw`\.multipart\(`,
  String.raw`\bcleaned_data\b`,
  String.raw`\.chunks\(`,
  String.raw`\bdef\s+validate_\w+\(\s*self\s*,`,
  String.raw`\.(?:post|form)\(\s*\)`,
  String.raw`\b(?:request|req)\.(?:post|form)\(`,
  String.raw`\.POST\[`,
];
