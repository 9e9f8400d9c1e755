/** Cells that say something is not there: "Không", "Ko", "Chưa có", "Còn thiếu", "Đang xây dựng", "N/A", "0", "-". */
import { asciiKey } from './fold';

export function saysNone(text: string): boolean {
  const k = asciiKey(text);
  return k === '' || /^(khong|ko|k|chua|thieu|con thieu|dang (xay dung|soan|lam|hoan thien)|n a|na|0)( |$)/.test(k);
}
