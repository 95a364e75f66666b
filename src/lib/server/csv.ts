// CSV data twins: the shared writer (lib/csv.ts) and the download response.

export { toCsv } from '../csv';

export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` }
  });
}
