/**
 * Cells that say something is not there: "Không", "Ko", "Chưa có", "Còn thiếu", "Đang xây dựng", "N/A", "0", "-", and
 * FALSE, an unticked in-cell checkbox (Insert > Checkbox holds TRUE/FALSE).
 */
import { asciiKey } from './fold';

export function saysNone(text: string): boolean {
  const k = asciiKey(text);
  return k === '' || /^(khong|ko|k|chua|thieu|con thieu|dang (xay dung|soan|lam|hoan thien)|n a|na|0|false)( |$)/.test(k);
}
