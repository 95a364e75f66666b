import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { setting } from '$lib/server/env';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { reportYear } from '$lib/server/report';
import { printReport, selfOrigin } from '$lib/server/report-pdf';
import { dev } from '$app/environment';
import type { RequestHandler } from './$types';

/** The report page printed on A4 by headless Chromium (the same PDF as the publishing pack's). */
export const GET: RequestHandler = async ({ url, params }) => {
  const fy = reportYear(params.fy);
  if (!fy.ok) error(400, fy.message);
  // Parsed for its errors: a bad filter is a 400 here, not a PDF of an error page.
  orBadRequest(parseFilter(url.searchParams));
  // No data to print is the store's 503 with its reason, not a failed print.
  await getStore();
  const page = new URL(`/report/${fy.value}${url.search}`, selfOrigin(url.origin, dev));
  const pdf = await printReport(page.href, setting('chromium'));
  return new Response(new Uint8Array(pdf), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="report-${fy.value}.pdf"` }
  });
};
