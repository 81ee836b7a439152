const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type a tracker file is sent with: CSV as text, anything else as the workbook. */
export function trackerContentType(fileName: string): string {
  return /\.(csv|tsv|txt)$/i.test(fileName) ? 'text/csv' : XLSX;
}
