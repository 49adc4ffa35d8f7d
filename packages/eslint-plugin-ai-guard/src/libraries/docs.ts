/**
 * A library table as the docs show it: `scripts/generate-docs.mjs` renders each rule's table between
 * `<!-- begin auto-generated library list -->` markers on its page, and `docs:check` fails when a page drifts
 * from the table in `src/libraries/`.
 */
export interface LibraryDocs {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}
