import type { ReportGranularity, Source } from '@/lib/api';

/** The dashboard's period and filters, as sent to the dashboard and both exports. */
export interface ReportQuery {
  from: string;
  to: string;
  granularity?: ReportGranularity;
  projectPostId?: number;
  source?: Source[];
}

/** The query without the dashboard-only granularity, for the exports. */
export function filterOnly({ from, to, projectPostId, source }: ReportQuery) {
  return { from, to, projectPostId, source };
}

/** The exports' file formats and their media types. */
export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
