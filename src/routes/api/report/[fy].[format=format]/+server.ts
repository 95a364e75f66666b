import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { buildReport, REPORT_COLUMNS, reportRows, reportYear } from '$lib/server/report';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** The report's figures as long rows (figure, label, series, value); JSON carries the whole report. */
export const GET: RequestHandler = async ({ url, params }) => {
  const fy = reportYear(params.fy);
  if (!fy.ok) error(400, fy.message);
  const report = await buildReport(await getStore(), fy.value, orBadRequest(parseFilter(url.searchParams)));
  return twinResponse(params.format, { name: `report-${fy.value}`, columns: REPORT_COLUMNS, rows: reportRows(report), json: report });
};
