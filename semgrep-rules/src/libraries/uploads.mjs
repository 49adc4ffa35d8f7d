// Uploaded files as data: the expressions that are an upload object, the statements that bind one to $F, and
// the attributes that hold the client's filename and declared MIME type.
import { all, inside } from '../lib/patterns.mjs';

/** Expressions that are an upload object themselves (read directly, `<expr>.filename`). */
export const UPLOAD_EXPRESSIONS = {
  filename: ['flask.request.files[...]', 'flask.request.files.get(...)', '$REQ.POST[...]'],
  name: ['$REQ.FILES[...]', '$REQ.FILES.get(...)'],
};

/** Statements after which $F is an upload object (the rest of the block is inside). */
const flaskBindings = [
  '$F = flask.request.files[...]\n...',
  '$F = flask.request.files.get(...)\n...',
  'for $F in flask.request.files.getlist(...):\n  ...',
  '$FILES = flask.request.files.getlist(...)\n...\nfor $F in $FILES:\n  ...',
  'for $F in flask.request.files.values():\n  ...',
  'for $K, $F in flask.request.files.items():\n  ...',
  'def $FN(..., $F: werkzeug.datastructures.FileStorage, ...):\n  ...',
];
const starletteBindings = [
  'def $FN(..., $F: fastapi.UploadFile, ...):\n  ...',
  'def $FN(..., $F: starlette.datastructures.UploadFile, ...):\n  ...',
  '$FORM = await $REQ.form()\n...\n$F = $FORM[...]\n...',
  '$FORM = await $REQ.form()\n...\n$F = $FORM.get(...)\n...',
];
const djangoBindings = [
  '$F = $REQ.FILES[...]\n...',
  '$F = $REQ.FILES.get(...)\n...',
  'for $F in $REQ.FILES.getlist(...):\n  ...',
  'for $F in $REQ.FILES.values():\n  ...',
];
const aiohttpBindings = [
  '$READER = await $REQ.multipart()\n...\n$F = await $READER.next()\n...',
  '$READER = await $REQ.multipart()\n...\nasync for $F in $READER:\n  ...',
  '$DATA = await $REQ.post()\n...\n$F = $DATA[...]\n...',
];
const pyramidBindings = ['$F = $REQ.POST[...]\n...'];

/** `pattern-inside`s binding $F to an upload with a client `filename` (werkzeug, Starlette, aiohttp, Pyramid) or Django's `name`. */
export const uploadBindings = {
  filename: [
    ...[...flaskBindings, ...starletteBindings, ...djangoBindings, ...aiohttpBindings, ...pyramidBindings].map(inside),
    // Two steps: a decorator stops a single def-with-loop pattern from matching.
    all(inside('def $FN(..., $FILES: $LIST[fastapi.UploadFile], ...):\n  ...'), inside('for $F in $FILES:\n  ...')),
  ],
  name: [...djangoBindings, 'def $FN(..., $F: django.core.files.uploadedfile.UploadedFile, ...):\n  ...'].map(inside),
};

/** Tornado: `self.request.files[field][i]` is a dict with "filename". */
export const TORNADO_FILE_INFO = [
  '$INFO = self.request.files[...][...]\n...',
  'for $INFO in self.request.files[...]:\n  ...',
  'for $FIELD, $INFOS in self.request.files.items():\n  ...\n  for $INFO in $INFOS:\n    ...',
];

export const MIME_ATTRIBUTES = ['content_type', 'mimetype', 'type'];

/** Calls that look at the bytes: a function that makes one has a real type check. */
export const CONTENT_SNIFFERS = [
  'magic.from_buffer(...)',
  'magic.from_file(...)',
  'magic.Magic(...)',
  'filetype.guess(...)',
  'filetype.guess_mime(...)',
  'filetype.guess_extension(...)',
  'filetype.is_image(...)',
  'PIL.Image.open(...)',
  'imghdr.what(...)',
  'puremagic.$SNIFF(...)',
];

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

export const UPLOAD_WORDS = ['files', 'FILES', 'UploadFile', 'FileStorage', 'UploadedFile', 'multipart', 'filename'];
