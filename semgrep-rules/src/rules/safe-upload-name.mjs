// Python twin of ai-guard/safe-upload-name: werkzeug/Flask, FastAPI/Starlette, Django/DRF, aiohttp, Tornado.
import { importsAny, matchesAny } from '../lib/anchors.mjs';
import { all, either, focus, metavariableRegex } from '../lib/patterns.mjs';
import { FRAMEWORK_MODULES } from '../libraries/web.mjs';
import {
  CLIENT_NAMES,
  CLIENT_TYPES,
  CONTENT_SNIFFERS,
  NAME_SANITIZERS,
  UPLOAD_SOURCE_WORDS,
  uploadSources,
} from '../libraries/uploads.mjs';

const anchor = importsAny(FRAMEWORK_MODULES);
/** The whole file, when it reads an upload (UPLOAD_SOURCE_WORDS) and mentions one of `words` (the value a check is about). */
const uploadsAnd = (words) => all(matchesAny(UPLOAD_SOURCE_WORDS), matchesAny(words));
const NAME_WORDS = [String.raw`\.(?:filename|name)\b`, String.raw`\[["']filename["']\]`];
const TYPE_WORDS = [String.raw`\b(?:content_type|mimetype|CONTENT_TYPE)\b`, String.raw`[Cc]ontent-[Tt]ype`];

/** Upload objects, labelled UPLOAD, and one value read from them, labelled `label` (requires UPLOAD). */
const fromUpload = (label, reads, ...conditions) => [
  ...uploadSources.map((source) => ({ label: 'UPLOAD', ...(typeof source === 'string' ? { pattern: source } : source) })),
  { label, requires: 'UPLOAD', patterns: [either(reads), ...conditions] },
];

const WRITE_MODE = String.raw`^[rbuRBU]*['"][^'"]*[wax+]`;
/** Calls that write, move or create the path in $P. */
const STORAGE_WRITES = [
  all(
    either('open($P, $MODE, ...)', 'open($P, ..., mode=$MODE, ...)', '$OPEN($P, $MODE, ...)', '$P.open($MODE, ...)'),
    metavariableRegex('$MODE', WRITE_MODE),
  ),
  // FileStorage.save(dst) and UploadFile-style save(dst): not Django's storage.save(name, content), which renames.
  '$FILE.save($P)',
  '$FILE.save($P, buffer_size=$N)',
  all('shutil.$MOVE($SRC, $P, ...)', metavariableRegex('$MOVE', '^(move|copy|copy2|copyfile)$')),
  all('os.$RENAME($SRC, $P, ...)', metavariableRegex('$RENAME', '^(rename|replace)$')),
  all('os.$MAKE($P, ...)', metavariableRegex('$MAKE', '^(makedirs|mkdir)$')),
  all('$P.$WRITE(...)', metavariableRegex('$WRITE', '^(write_bytes|write_text|touch|mkdir)$')),
  // A helper that builds the destination path and returns it to the caller that writes it.
  all(either('return $DIR / $P', 'return os.path.join(..., $P, ...)'), focus('$P')),
];

// A function whose body reads the bytes (python-magic, filetype, PIL, imghdr, puremagic) checks the real type: the
// regex spans such a function, from its `def` to the end of its indented body.
// Lines are consumed possessively (`*+`): Semgrep's PCRE gives up on a backtracking-heavy regex and reports no match.
const SNIFFER_WORDS = CONTENT_SNIFFERS.map((word) => word.replace('.', String.raw`\.`)).join('|');
const SNIFFING_FUNCTION = String.raw`(?m)^([ \t]*+)(?:async[ \t]+)?def\b[^\n]*+\n(?:\1[ \t][^\n]*+\n|[ \t]*+\n)*?\1[ \t][^\n]*?\b(?:${SNIFFER_WORDS})\b[^\n]*+\n(?:\1[ \t][^\n]*+\n|[ \t]*+\n)*+`;

/** Comparisons and checks that make a value a type check (the compared value flows in). */
const TYPE_CHECKS = [
  '$A == $B',
  '$B == $A',
  '$A != $B',
  '$B != $A',
  '$A in $B',
  '$A not in $B',
  '$A.startswith(...)',
  '$A.endswith(...)',
  're.$MATCH($PATTERN, $A, ...)',
];

export default {
  id: 'safe-upload-name',
  comment: `
Taint rules, limited to files importing a web framework: an upload object (labelled UPLOAD, from
semgrep-rules/src/libraries/uploads.mjs) gives its client filename or declared type a second label, which the sinks
require. No metavariable-regex sits inside a metavariable-pattern: that combination made Semgrep 1.180 fail with
\`Invalid_argument: String.sub\` and skip the file (django/http/request.py).`,
  confidence: 'HIGH',
  likelihood: 'HIGH',
  impact: 'HIGH',
  technology: ['flask', 'werkzeug', 'fastapi', 'starlette', 'django', 'aiohttp', 'tornado'],
  references: [
    'https://owasp.org/www-community/vulnerabilities/Unrestricted_File_Upload',
    'https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html',
    'https://flask.palletsprojects.com/en/stable/patterns/fileuploads/',
    'https://docs.djangoproject.com/en/stable/topics/http/file-uploads/',
  ],
  checks: {
    clientFilename: {
      summary: "An upload's client filename reaching a path that is written, saved, moved or created (or returned by a path helper).",
      message: `The client-supplied filename in \`$P\` reaches this storage path, so \`../\` sequences, double extensions and
        same-name uploads are written as sent. Generate the name: \`f"{uuid.uuid4().hex}{ext}"\` with \`ext\` from an
        allowlist, and keep the original only as metadata.`,
      mode: 'taint',
      'pattern-sources': fromUpload('NAME', CLIENT_NAMES),
      'pattern-sanitizers': NAME_SANITIZERS,
      'pattern-sinks': [{ requires: 'NAME', patterns: [either(STORAGE_WRITES), focus('$P'), anchor, uploadsAnd(NAME_WORDS)] }],
    },
    clientMimeType: {
      summary: "The client's declared MIME type compared or checked in a function that never looks at the bytes.",
      message: `The client-declared MIME type in \`$A\` is this upload's only type check, and the client chooses it freely: a
        script sent as \`image/png\` passes. Check the bytes instead, e.g. \`magic.from_buffer(data, mime=True)\` or
        \`filetype.guess(data)\`.`,
      mode: 'taint',
      'pattern-sources': fromUpload('MIME', CLIENT_TYPES),
      // The result of a comparison is a boolean, no longer the type: `if accepted == True:` is not a second check.
      options: { taint_assume_safe_booleans: true },
      'pattern-sinks': [
        {
          requires: 'MIME',
          patterns: [
            either(
              ...TYPE_CHECKS,
              // A helper that decides: `if not allowed_image(file.mimetype):`.
              'if <... $CHECK(..., $A, ...) ...>:\n  ...',
            ),
            // The compared value itself, not the comparison (a boolean, which the option below treats as clean).
            focus('$A'),
            { 'pattern-not-regex': SNIFFING_FUNCTION },
            anchor,
            uploadsAnd(TYPE_WORDS),
          ],
        },
      ],
    },
  },
};
