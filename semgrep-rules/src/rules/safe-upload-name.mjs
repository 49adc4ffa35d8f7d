// Python twin of ai-guard/safe-upload-name: werkzeug/Flask, FastAPI/Starlette, Django, aiohttp, Tornado, Pyramid.
import { importsAny, mentionsAny } from '../lib/anchors.mjs';
import { all, either, focus, inside, metavariableRegex, notInside } from '../lib/patterns.mjs';
import { FRAMEWORK_MODULES } from '../libraries/web.mjs';
import {
  CONTENT_SNIFFERS,
  MIME_ATTRIBUTES,
  NAME_SANITIZERS,
  TORNADO_FILE_INFO,
  UPLOAD_EXPRESSIONS,
  UPLOAD_WORDS,
  uploadBindings,
} from '../libraries/uploads.mjs';

const anchor = importsAny(FRAMEWORK_MODULES);
const uploadWords = mentionsAny(UPLOAD_WORDS);

const clientNames = [
  ...UPLOAD_EXPRESSIONS.filename.map((upload) => `${upload}.filename`),
  ...UPLOAD_EXPRESSIONS.name.map((upload) => `${upload}.name`),
  'self.request.files[...][...]["filename"]',
  'self.request.files[...][...].filename',
  all(either(TORNADO_FILE_INFO.map(inside)), either('$INFO["filename"]', '$INFO.filename')),
  all(either(uploadBindings.filename), '$F.filename'),
  all(either(uploadBindings.name), '$F.name'),
];

const WRITE_MODE = String.raw`^[rbuRBU]*['"][^'"]*[wax+]`;
const STORAGE_WRITES = [
  '$FILE.save($P)',
  '$FILE.save($P, buffer_size=$N)',
  'shutil.move($SRC, $P, ...)',
  'shutil.copy($SRC, $P, ...)',
  'shutil.copy2($SRC, $P, ...)',
  'shutil.copyfile($SRC, $P, ...)',
  'os.rename($SRC, $P, ...)',
  'os.replace($SRC, $P, ...)',
  'os.makedirs($P, ...)',
  'os.mkdir($P, ...)',
  '$P.write_bytes(...)',
  '$P.write_text(...)',
  '$P.touch(...)',
  '$P.mkdir(...)',
];

/** Comparisons that make a value a type check, with the compared value in $P. */
const MIME_FORMS = [
  '$P == $X',
  '$P != $X',
  '$X == $P',
  '$X != $P',
  '$P in $X',
  '$P not in $X',
  '$P.startswith(...)',
  '$P.endswith(...)',
  're.match($RE, $P, ...)',
  're.fullmatch($RE, $P, ...)',
];

export default {
  id: 'safe-upload-name',
  comment: `
Limited to files importing a web framework. Upload objects, sanitizers and content sniffers come from
semgrep-rules/src/libraries/uploads.mjs. No metavariable-regex sits inside a metavariable-pattern: that
combination made Semgrep 1.180 fail with \`Invalid_argument: String.sub\` and skip the file (django/http/request.py).`,
  confidence: 'HIGH',
  likelihood: 'HIGH',
  impact: 'HIGH',
  technology: ['flask', 'werkzeug', 'fastapi', 'starlette', 'django', 'aiohttp', 'tornado', 'pyramid'],
  references: [
    'https://owasp.org/www-community/vulnerabilities/Unrestricted_File_Upload',
    'https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html',
    'https://flask.palletsprojects.com/en/stable/patterns/fileuploads/',
    'https://docs.djangoproject.com/en/stable/topics/http/file-uploads/',
  ],
  checks: {
    clientFilename: {
      summary: "An upload's client filename reaching a path that is written, saved, moved or created.",
      message: `The client-supplied filename in \`$P\` reaches this storage path, so \`../\` sequences, double extensions and
        same-name uploads are written as sent. Generate the name: \`f"{uuid.uuid4().hex}{ext}"\` with \`ext\` from an
        allowlist, and keep the original only as metadata.`,
      mode: 'taint',
      'pattern-sources': clientNames,
      'pattern-sanitizers': NAME_SANITIZERS,
      'pattern-sinks': [
        all(
          either(
            all(
              either(
                'open($P, $MODE, ...)',
                'open($P, ..., mode=$MODE, ...)',
                'io.open($P, $MODE, ...)',
                'aiofiles.open($P, $MODE, ...)',
                'aiofiles.open($P, ..., mode=$MODE, ...)',
                '$P.open($MODE, ...)',
              ),
              metavariableRegex('$MODE', WRITE_MODE),
            ),
            either(STORAGE_WRITES),
          ),
          focus('$P'),
          anchor,
          uploadWords,
        ),
      ],
    },
    clientMimeType: {
      summary: "The client's declared MIME type compared against an allowlist in a function that never looks at the bytes.",
      message: `The client-declared MIME type of \`$F\` is this upload's only type check, and the client chooses it freely: a
        script sent as \`image/png\` passes. Check the bytes instead, e.g. \`magic.from_buffer(data, mime=True)\` or
        \`filetype.guess(data)\`.`,
      patterns: [
        // The comparison first (concrete attribute names are cheap to find), then the upload binding of $F.
        either(
          MIME_ATTRIBUTES.flatMap((attribute) => [`$F.${attribute}`, `$F.${attribute}.lower()`, `$F.${attribute}.strip()`]).flatMap(
            (value) => MIME_FORMS.map((form) => form.replaceAll('$P', value)),
          ),
        ),
        either(uploadBindings.filename, uploadBindings.name.slice(-1)),
        ...CONTENT_SNIFFERS.map((sniffer) => notInside(`def $CHECKED(...):\n  ...\n  <... ${sniffer} ...>\n  ...`)),
        focus('$F'),
        anchor,
        uploadWords,
        mentionsAny(['content_type', 'mimetype', 'type']),
      ],
    },
  },
};
