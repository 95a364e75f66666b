import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { documentFile } from '$lib/server/store/queries';
import type { RequestHandler } from './$types';

const TYPES: Record<string, string> = { pdf: 'application/pdf', text: 'text/plain; charset=utf-8', markdown: 'text/markdown; charset=utf-8', html: 'text/plain; charset=utf-8' };

/** The source file of a stored document (only files the store records can be served). */
export const GET: RequestHandler = async ({ params }) => {
  const d = await documentFile(await getStore(), params.id);
  if (!d) error(404, `資料が見つかりません: ${params.id}`);
  const bytes = await readFile(d.source_path).catch(() => error(404, `資料のファイルがありません: ${d.source_path}`));
  // HTML is served as text: a council document is never run as a page of this site.
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': TYPES[d.format] ?? 'application/octet-stream',
      'content-disposition': `${d.format === 'pdf' ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(path.basename(d.source_path))}`,
      'x-content-type-options': 'nosniff',
      // The browser's PDF viewer runs inside the response's policy: keep only the frame rule for PDFs.
      ...(d.format === 'pdf' ? { 'content-security-policy': "frame-ancestors 'none'" } : {})
    }
  });
};
