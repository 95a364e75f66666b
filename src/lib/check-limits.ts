// Size limits of the draft check (/check and POST /api/check). Kept apart from the check itself so
// the server start script can size the adapter's body limit without loading the analysis.

/** Pasted text and text, HTML and Markdown files (UTF-8 bytes). */
export const MAX_DRAFT_TEXT_BYTES = 5 * 1024 * 1024;
/** PDF files: they carry fonts and images, far more bytes than text. */
export const MAX_DRAFT_PDF_BYTES = 20 * 1024 * 1024;
/** A whole request: the largest file plus room for the multipart envelope and a text field. */
export const MAX_CHECK_REQUEST_BYTES = MAX_DRAFT_PDF_BYTES + 1024 * 1024;
/** adapter-node's BODY_SIZE_LIMIT for the server (its default, 512 KB, is below most PDFs). */
export const CHECK_BODY_SIZE_LIMIT = `${MAX_CHECK_REQUEST_BYTES / (1024 * 1024)}M`;
