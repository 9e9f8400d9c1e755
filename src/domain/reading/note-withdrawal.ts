/**
 * What a unit's «Ghi chú» says about its own row beyond the bare wordings: the row taken back with its reason
 * («Rút (chuyển công tác)», «Đã chuyển công tác, rút»), in other words («Thôi đăng ký», «Không đăng ký nữa», «Hủy»,
 * «Bỏ», «Bị thay thế»), the person dead («Đã mất», «Từ trần năm 2022»), or the row replacing another person
 * («Thay thế đ/c Lê Văn Tám»).
 */
import type { Registration } from '../records';
import { looksCollective, looksPersonal } from '../subjects/subject-kind';
import { asciiKey, toneKey } from '../text';

// A note is read part by part: a withdrawal is one whole part, before or after its reason, never a word inside a
// sentence («Bổ sung thành tích», «Rút kinh nghiệm», «Tiêu hủy hàng giả», «Khắc phục mất mùa»).
const PARTS = /[(),;:.[\]]+|\s[-–—]+\s/;
const WITHDRAWING = new RegExp(
  '^(?:(?:don vi|dv) )?(?:xin |da |de nghi |dang ky )?(?:' +
    [
      'rut(?: ten| ho so| khoi (?:danh sach|ds))?',
      'thoi(?: dang ky| de nghi| tham gia)?(?: nua)?',
      'khong (?:dang ky|tham gia|de nghi)(?: nua)',
      'khong dang ky',
      'huy(?: bo| ten| dang ky| ho so)?',
      'bo(?: ten| khoi (?:danh sach|ds))?',
      // Replaced: «Bị thay thế», «Đã được thay bằng đ/c …»; «Thay thế» alone may be said by the replacing row.
      '(?:bi|duoc|da bi|da duoc) thay(?: the)?(?: (?:bang|boi) .+)?',
      'thay (?:the )?bang .+',
    ].join('|') +
    ')$',
);
// «Đã mất», «Từ trần năm 2022», «Mất 12/3/2024» (keyed «mat 12 3 2024»): a date at most after it («Mất 41% sức lao
// động», «Mất 01 chân» are a disability).
const DIED = /^(?:da )?(?:mat|tu tran|qua doi|tu the)(?: (?:vao )?(?:(?:nam|ngay|thang) )?(?:\d{1,2} ){0,2}\d{4})?$/;
// A posthumous award is proposed: the death is no withdrawal.
const POSTHUMOUS = /(^| )(truy tang|liet si|hy sinh|hi sinh)( |$)/;

/** The parts of a note, each keyed. */
function partKeys(note: string): string[] {
  return note
    .split(PARTS)
    .map((p) => asciiKey(p))
    .filter(Boolean);
}

/**
 * A mark written after a name in its own cell that takes the row back («… (rút tên)», «… - Rút tên», «… (xin rút)»):
 * one whole part, as in a note; a nickname («(Út Lợi)») or a post is none.
 */
export function isWithdrawalMark(text: string): boolean {
  const k = asciiKey(text);
  return k === 'du phong' || WITHDRAWING.test(k);
}

/** A note that opens by taking the row back, whatever follows: "Rút tên (đã chuyển công tác)", "Xin rút", "Dự phòng". */
const WITHDRAWING_OPENING = /^((don vi|dv) )?((de nghi )?(rut ten|rut khoi danh sach|rut ho so)|xin rut|da rut|du phong|khong de nghi nua|thoi de nghi|dua ra khoi danh sach)( |$)/;

/**
 * The unit takes the row back: its note opens so, or one of its parts is a withdrawal («Rút (chuyển công tác)»,
 * «Thôi đăng ký», «Hủy», «Bị thay thế»).
 */
export function withdraws(note: string): boolean {
  if (WITHDRAWING_OPENING.test(asciiKey(note))) return true;
  // «Đề nghị rút tên» in the note is as «Xin rút tên» (trial22b #5): the row is off every list, so it counts for no
  // quota either; the district's verdict has its own column («Ý kiến thẩm định»), read apart.
  return partKeys(note).some((k) => WITHDRAWING.test(k));
}

// The unit's own note that the row does not qualify, one whole part: «Không đủ tiêu chuẩn», «Chưa đủ điều kiện xét».
const UNQUALIFIED = /^(?:khong|chua) (?:du|dat) (?:tieu chuan|dieu kien)(?: (?:xet|de nghi|dang ky|bieu duong|tuyen duong|dien hinh(?: tien tien)?))?$/;
// Disciplined, as a part opens: «Bị kỷ luật khiển trách năm 2022», «Đang thi hành kỷ luật», «Kỷ luật cảnh cáo»; a part
// opening otherwise («Không vi phạm kỷ luật», «Chưa từng bị kỷ luật», «Chấp hành tốt kỷ luật») says the opposite.
const DISCIPLINED =
  /^(?:da |dang )?(?:trong thoi gian )?(?:bi |thi hanh |chiu )(?:hinh thuc )?ky luat(?: |$)|^ky luat (?:khien trach|canh cao|cach chuc|bai nhiem|khai tru|buoc thoi viec|ha bac|ha ngach)(?: |$)|^(?:co )?vi pham ky luat(?: |$)/;
// A discipline whose term is over, or lifted, or made good since («nay phấn đấu vươn lên»), disqualifies no longer; one
// only in the past («Từng bị kỷ luật năm 2010») is none of the period.
const DISCIPLINE_OVER = /(?:^| )(?:het (?:thoi )?han|het hieu luc|xoa ky luat|da duoc xoa|nay (?:da )?(?:phan dau|tien bo|khac phuc|sua chua|vuon len))(?: |$)/;
// Already on another unit's list: «Trùng với danh sách Huyện đoàn», «Trùng DS xã», «Trùng với Hội Nông dân xã»; not a
// name shared by two people («Trùng tên với ông …», «Trùng họ tên, khác người»).
const DUPLICATED = /^(?:đã |bị )?trùng(?: lặp)?(?: (?:với|ở|tại|trong|bên))?\s+(\S.*)$/iu;
const OTHER_LIST = /^(?:danh sach|ds|don vi|dv)(?: |$)/;
const WORDS_OF_NOTE = /tieu chuan|dieu kien|ky luat|trung/;

/**
 * The unit's own note says the row does not qualify: not up to the standard, disciplined, or already on another unit's
 * list. The row is the unit's no longer, as if withdrawn (the list's left-off sheet says why).
 */
export function disqualifies(note: string): boolean {
  const key = asciiKey(note);
  if (!WORDS_OF_NOTE.test(key)) return false;
  const parts = note.split(PARTS).map((p) => p.trim()).filter(Boolean);
  const keys = parts.map((p) => asciiKey(p));
  if (keys.some((k) => UNQUALIFIED.test(k))) return true;
  if (keys.some((k) => DISCIPLINED.test(k)) && !DISCIPLINE_OVER.test(key)) return true;
  if (/khac nguoi/.test(key)) return false;
  return parts.some((p) => {
    const rest = DUPLICATED.exec(p.normalize('NFC'))?.[1];
    return rest !== undefined && (OTHER_LIST.test(asciiKey(rest)) || looksCollective(rest));
  });
}

/** The note says the person died («Đã mất», «Từ trần», «Mất năm 2022») and proposes no posthumous award. */
export function saysDied(note: string): boolean {
  const parts = partKeys(note);
  return parts.some((k) => DIED.test(k)) && !parts.some((k) => POSTHUMOUS.test(k));
}

// «Thay thế đ/c Lê Văn Tám», «Thay cho ông Lê Văn Tám», «Đăng ký thay thế đồng chí …»: the person named after it.
const REPLACES =
  /(?:^|[(,;.]\s*)(?:(?:đăng ký|đề nghị|người|dòng)\s+)?thay(?:\s+thế)?(?:\s+cho)?\s+((?:đ\/c|đ\.c\.?|đc|đồng chí|ông|bà|anh|chị)\s+)?([^(),;]+)/iu;
const TRAILING = /[\s.:!/-]+$/u;

/**
 * The person a row's note says it replaces, and whether the note calls them a person («đ/c», «ông»…); undefined
 * when the note replaces no one.
 */
export function replacedPerson(note: string): { name: string; called: boolean } | undefined {
  if (!/thay/i.test(note)) return undefined;
  const m = REPLACES.exec(note);
  const name = m?.[2]?.split(/\s[-–—]+\s/u)[0]?.replace(TRAILING, '').trim();
  if (!m || !name) return undefined;
  // «Bị thay thế bằng …», «Thay bằng …»: the note's own row is the one replaced.
  if (/^(bằng|bởi)\s/iu.test(name)) return undefined;
  return { name, called: m[1] !== undefined };
}

/**
 * Rows whose unit's note replaces a person («Thay thế đ/c Lê Văn Tám»): the unit's row naming that person is withdrawn,
 * replaced by the noting row; a person named so whom no row of the unit names is kept on the noting row, to be
 * asked about. A post replaced («Thay thế Bí thư chi bộ năm 2022») names no one.
 */
export function markReplacedRows(registrations: readonly Registration[]): void {
  const noting = registrations.filter((r) => r.note && /thay/i.test(r.note));
  if (!noting.length) return;
  const unitOf = (r: Registration) => r.unitId ?? `\u0000${r.source.file}`;
  const byUnit = new Map<string, Registration[]>();
  for (const r of registrations) byUnit.set(unitOf(r), [...(byUnit.get(unitOf(r)) ?? []), r]);
  for (const r of noting) {
    // The note as the unit wrote it, before a posthumous mark was added to it.
    const said = replacedPerson(r.note ?? '');
    if (!said || r.withdrawn) continue;
    const key = toneKey(said.name);
    const named = (byUnit.get(unitOf(r)) ?? []).filter((o) => o !== r && o.kind !== 'collective' && toneKey(o.name) === key);
    for (const o of named) {
      o.withdrawn = true;
      o.replacedByRow = r.name;
    }
    if (!named.length && (said.called || looksPersonal(said.name))) r.replacesMissing = said.name;
  }
}
