/**
 * Trial 13 #13 (R10, R11): a unit's 2025 proposal rows read against the rows it registered. A proposal row that
 * leaves out the birth year (or position, achievements) takes the registered one's; one naming no registered
 * exemplar is listed with a note; a registered row proposed with a birth year one typo away, or under a short form
 * («HTX» for «Hợp tác xã»), is said to be in the proposal list, not «không có tên này». Near misses: a unit that sent
 * only its proposal list gets no note; a registered row truly left out of the proposal list is said so.
 */
import { ceremonyLists, HEADER, registered2023, unitList } from '../../fixtures/trial13-proposals';
import { ceremonyText } from '../../../src/domain/ceremony/ceremony-texts';
import type { Row } from '../../fixtures/workbooks';

const proposal = (rows: Row[]) =>
  unitList(
    'phu-huu-de-nghi-2025.xlsx',
    ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'],
    [[...HEADER, 'Hình thức đề nghị']],
    rows,
    'Phú Hữu, ngày 10 tháng 02 năm 2025',
  );

describe('proposal rows read against the registered ones', () => {
  it('fills the birth year left out, notes a typo year and one never registered', async () => {
    const got = await ceremonyLists([
      registered2023(),
      proposal([
        [1, 'Đồng chí Nguyễn Văn An', undefined, '', '', 'Giấy khen'],
        [2, 'Trần Thị Bé', 1986, 'Giáo viên', 'Dạy học', 'Giấy khen'],
        [3, 'Võ Văn Mới', 1990, 'Thanh niên', 'Khởi nghiệp', 'Thư biểu dương'],
      ]),
    ]);
    expect(got.final).toEqual([
      'Nguyễn Văn An 1970 | Giấy khen của Ban Thường vụ Huyện ủy',
      'Trần Thị Bé 1986 | Giấy khen của Ban Thường vụ Huyện ủy',
      'Võ Văn Mới 1990 | Thư biểu dương',
    ]);
    expect(got.excluded).toEqual([
      `Nguyễn Văn An: ${ceremonyText.reasonInProposalList('phu-huu-de-nghi-2025.xlsx')}`,
      `Trần Thị Bé: ${ceremonyText.reasonInProposalListOtherYear('phu-huu-de-nghi-2025.xlsx', 1986)}`,
      `Lê Văn Cường: ${ceremonyText.reasonNotInProposalList('phu-huu-de-nghi-2025.xlsx')}`,
    ]);
    expect(got.notes).toEqual([`Trần Thị Bé: ${ceremonyText.registeredYearNote([1985])}`, `Võ Văn Mới: ${ceremonyText.notRegisteredNote}`]);
  });

  it('review 17: a father and his son of one name, only the son proposed: the father is not said to be in the list', async () => {
    const reg = unitList(
      'phu-huu-2023.xlsx',
      ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
      [HEADER],
      [
        [1, 'Lê Văn Tâm', 1950, 'Nông dân ấp 1', 'SXKD'],
        [2, 'Lê Văn Tâm', 1980, 'Công an viên ấp 3', 'ANTT'],
      ],
      'Phú Hữu, ngày 20 tháng 02 năm 2023',
    );
    const got = await ceremonyLists([reg, proposal([[1, 'Lê Văn Tâm', 1980, 'Công an viên ấp 3', 'ANTT', 'Giấy khen']])]);
    expect(got.final).toEqual(['Lê Văn Tâm 1980 | Giấy khen của Ban Thường vụ Huyện ủy']);
    expect(got.excluded).toContain(`Lê Văn Tâm: ${ceremonyText.reasonNotInProposalList('phu-huu-de-nghi-2025.xlsx')}`);
  });

  it('a short form in one list is the same collective', async () => {
    const reg = unitList(
      'phu-huu-2023.xlsx',
      ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
      [HEADER],
      [[1, 'Hợp tác xã Nông nghiệp Phú Hữu', undefined, '', 'Liên kết'], [2, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường']],
      'Phú Hữu, ngày 20 tháng 02 năm 2023',
    );
    const got = await ceremonyLists([reg, proposal([[1, 'HTX Nông nghiệp Phú Hữu', undefined, '', '', 'Giấy khen']])]);
    expect(got.final).toEqual(['HTX Nông nghiệp Phú Hữu | Giấy khen của Ban Thường vụ Huyện ủy']);
    expect(got.excluded[0]).toBe(`Hợp tác xã Nông nghiệp Phú Hữu: ${ceremonyText.reasonInProposalList('phu-huu-de-nghi-2025.xlsx')}`);
  });

  it('a registered row the proposal list names but declines is said so', async () => {
    const got = await ceremonyLists([registered2023(), proposal([[1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường', 'Giấy khen'], [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học', 'Không']])]);
    expect(got.excluded.filter((x) => x.startsWith('Trần Thị Bé'))).toEqual([
      `Trần Thị Bé: ${ceremonyText.reasonDeclinedInProposalList('phu-huu-de-nghi-2025.xlsx')}`,
      `Trần Thị Bé: ${ceremonyText.reasonProposalCellDeclines('Không')}`,
    ]);
  });

  it('near miss: a unit that sent only its proposal list gets no note', async () => {
    const got = await ceremonyLists([proposal([[1, 'Võ Văn Mới', 1990, 'Thanh niên', 'Khởi nghiệp', 'Thư biểu dương']])]);
    expect(got.final).toEqual(['Võ Văn Mới 1990 | Thư biểu dương']);
    expect(got.notes).toEqual([]);
  });

  it('near miss: another person of the same name (years far apart) is noted as never registered', async () => {
    const got = await ceremonyLists([registered2023(), proposal([[1, 'Nguyễn Văn An', 1995, 'Đoàn viên', 'Tình nguyện', 'Giấy khen']])]);
    expect(got.excluded[0]).toBe(`Nguyễn Văn An: ${ceremonyText.reasonNotInProposalList('phu-huu-de-nghi-2025.xlsx')}`);
    expect(got.notes).toEqual([`Nguyễn Văn An: ${ceremonyText.notRegisteredNote}`]);
  });
});
