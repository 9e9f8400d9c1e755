/**
 * Headings a list writes between its rows: the parts of the people it lists («1 | Cán bộ, công chức, đảng viên»,
 * «Khối nhân dân», «Học sinh, sinh viên»), its fields («Lĩnh vực kinh tế»), the kinds with their count («TẬP THỂ
 * (02)», «Cá nhân (01):»): no exemplar. Its reserve («III | DỰ PHÒNG», «* Dự phòng:», «ĐỀ NGHỊ KHÔNG XÉT»): the rows
 * under it are taken out. Near misses: collectives and bodies written alone on their row stay exemplars.
 */
import { names, readRegistrationSheet } from './helpers';
import type { Row } from '../../fixtures/workbooks';

const HEAD: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'];
const TITLE: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], HEAD];
const AN: Row = ['a', 'Nguyễn Văn An', 1970, 'Phó Chủ tịch UBND xã'];
const BAO: Row = ['b', 'Lê Văn Bảo', 1971, 'Công chức Văn hóa - Xã hội'];
const CUC: Row = ['a', 'Trần Thị Cúc', 1980, 'Hội viên phụ nữ ấp 2'];

describe('headings of the parts of the people a list names', () => {
  it.each([
    ['1 | Cán bộ, công chức, đảng viên', [1, 'Cán bộ, công chức, đảng viên'], [2, 'Đoàn viên, hội viên và nhân dân']],
    ['Khối cán bộ / Khối nhân dân', [1, 'Khối cán bộ, công chức'], [2, 'Khối nhân dân']],
    ['unnumbered, alone on their row', [undefined, 'Đảng viên'], [undefined, 'Hội viên phụ nữ']],
    ['fields and movements', [1, 'Lĩnh vực kinh tế'], [2, 'Trong phong trào thi đua yêu nước']],
    ['pupils, the armed forces', [1, 'Học sinh, sinh viên'], [2, 'Lực lượng vũ trang']],
  ])('%s: no exemplar; the people under them are the unit\'s', async (_, first, second) => {
    const read = await readRegistrationSheet([...TITLE, ['II', 'CÁ NHÂN'], first as Row, AN, BAO, second as Row, CUC]);
    expect(names(read)).toEqual(['Nguyễn Văn An', 'Lê Văn Bảo', 'Trần Thị Cúc']);
    expect(read.registrations.map((r) => r.kind)).toEqual(['individual', 'individual', 'individual']);
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each([
    ['TẬP THỂ (02)', 'CÁ NHÂN (01)'],
    ['Tập thể (02):', 'Cá nhân (01):'],
    ['TẬP THỂ: 02', 'CÁ NHÂN: 01 người'],
  ])('kinds with their count, %s / %s: headings giving the kind', async (collectives, individuals) => {
    const read = await readRegistrationSheet([
      ...TITLE,
      [undefined, collectives],
      [1, 'Chi bộ ấp 1'],
      [2, 'Chi hội Phụ nữ ấp 2'],
      [undefined, individuals],
      [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp'],
    ]);
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual([
      ['Chi bộ ấp 1', 'collective'],
      ['Chi hội Phụ nữ ấp 2', 'collective'],
      ['Nguyễn Văn An', 'individual'],
    ]);
  });

  it('near misses: collectives and a business alone on their row are exemplars', async () => {
    const read = await readRegistrationSheet([
      ...TITLE,
      ['I', 'TẬP THỂ'],
      [1, 'Chi hội Phụ nữ ấp 3'],
      [2, 'Doanh nghiệp tư nhân Hoàng Long'],
      [3, 'Hội Nông dân ấp Bình Thạnh'],
    ]);
    expect(names(read)).toEqual(['Chi hội Phụ nữ ấp 3', 'Doanh nghiệp tư nhân Hoàng Long', 'Hội Nông dân ấp Bình Thạnh']);
  });
});

describe('a list\'s reserve', () => {
  it.each([
    [['III', 'DỰ PHÒNG']],
    [['III', 'DANH SÁCH DỰ PHÒNG']],
    [[undefined, '* Dự phòng:']],
    [['III', 'ĐỀ NGHỊ KHÔNG XÉT (đã chuyển công tác)']],
  ])('%j: the rows under it are taken out, with the heading', async (heading) => {
    const read = await readRegistrationSheet([
      ...TITLE,
      ['I', 'CÁ NHÂN'],
      [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp'],
      [2, 'Lê Thị Bé', 1975, 'Chi hội trưởng'],
      heading as Row,
      [1, 'Võ Văn Dự', 1968, 'Đảng viên'],
    ]);
    expect(read.registrations.map((r) => [r.name, r.withdrawn ?? false, r.withdrawnUnder])).toEqual([
      ['Nguyễn Văn An', false, undefined],
      ['Lê Thị Bé', false, undefined],
      ['Võ Văn Dự', true, (heading as Row)[1]],
    ]);
  });

  it.each([
    ['(Không xét các trường hợp đang bị kỷ luật trong thời hạn)'],
    ['Không đề nghị trùng với danh sách đã gửi Huyện đoàn năm 2022 và các năm trước'],
    ['Dự phòng: 01 cá nhân (nếu có)'],
  ])('near miss: «%s» typed before the rows takes none of them out', async (note) => {
    const read = await readRegistrationSheet([...TITLE, [note], [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp'], [2, 'Lê Thị Bé', 1975, 'Chi hội trưởng']]);
    expect(read.registrations.map((r) => [r.name, r.withdrawn ?? false])).toEqual([
      ['Nguyễn Văn An', false],
      ['Lê Thị Bé', false],
    ]);
  });

  it('near miss: the next part of the people after the reserve is proposed again', async () => {
    const read = await readRegistrationSheet([
      ...TITLE,
      ['II', 'CÁ NHÂN'],
      [undefined, '1. Cán bộ, công chức'],
      [1, 'Nguyễn Văn Hùng', 1975, 'Phó Chủ tịch UBND xã'],
      [undefined, '* Dự phòng:'],
      [2, 'Nguyễn Văn Dự', 1980, 'Công chức'],
      [undefined, '2. Nhân dân'],
      [3, 'Nguyễn Văn Hai', 1970, 'Nông dân'],
    ]);
    expect(read.registrations.map((r) => [r.name, r.withdrawn ?? false])).toEqual([
      ['Nguyễn Văn Hùng', false],
      ['Nguyễn Văn Dự', true],
      ['Nguyễn Văn Hai', false],
    ]);
  });

  it('near miss: a master\'s next unit after one unit\'s reserve is proposed again', async () => {
    const read = await readRegistrationSheet([
      ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
      ['I', 'Đảng bộ xã An Bình'],
      [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp'],
      [undefined, 'Dự phòng'],
      [1, 'Võ Văn Dự', 1968, 'Đảng viên'],
      ['II', 'Đảng bộ xã Tân Lập'],
      [1, 'Lê Thị Bé', 1975, 'Chi hội trưởng'],
    ]);
    expect(read.registrations.map((r) => [r.name, r.withdrawn ?? false])).toEqual([
      ['Nguyễn Văn An', false],
      ['Võ Văn Dự', true],
      ['Lê Thị Bé', false],
    ]);
  });
});
