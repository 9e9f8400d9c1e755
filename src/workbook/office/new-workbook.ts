/** Opening bytes as a new workbook in Excel (ExcelApi 1.8), for documents staff send on, like the phiếu góp ý. */
import { apiSupported } from './host';

export function canOpenNewWorkbook(): boolean {
  return apiSupported('ExcelApi', '1.8') && typeof Excel !== 'undefined' && typeof Excel.createWorkbook === 'function';
}

export function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  // In slices: String.fromCharCode takes a bounded number of arguments.
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function openNewWorkbook(bytes: ArrayBuffer): Promise<void> {
  await Excel.createWorkbook(toBase64(bytes));
}
