/** R1 through the shapes of issue 14: "/" between names, and a collective named with its parent body. */
import type { SubjectKind } from '../../../src/domain/subjects/subject-kind';
import { subjectsIn } from '../../../src/domain/subjects/subject-parts';

const count = (cell: string, kind: SubjectKind) => subjectsIn(cell, kind, false).length;

describe('a slash between names', () => {
  it.each(['Nguyễn Văn An/Trần Thị Bình', 'Nguyễn Văn An / Trần Thị Bình', 'NGUYỄN VĂN AN/TRẦN THỊ BÌNH', 'Ông Nguyễn Văn An/bà Lê Thị Bình'])(
    'individual row %p names two people',
    (cell) => {
      expect(count(cell, 'individual')).toBe(2);
    },
  );

  it.each(['Chi bộ Thôn 1/Chi bộ Thôn 2', 'Hội Nông dân xã / Hội Cựu chiến binh xã', 'Trường THCS An Bình/Trường Tiểu học An Bình'])(
    'collective row %p names two bodies',
    (cell) => {
      expect(count(cell, 'collective')).toBe(2);
    },
  );

  it('names both people as the list would', () => {
    expect(subjectsIn('Nguyễn Văn An/Trần Thị Bình', 'individual', false)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it.each([
    ['Đ/c Nguyễn Văn An', 'individual'],
    ['Nguyễn Văn An, Hội viên/Chi hội trưởng', 'individual'],
    ['Trường Tiểu học 30/4', 'collective'],
    ['Đội Thanh niên tình nguyện 26/3', 'collective'],
    ['Khu phố 3/2, thị trấn An Phú', 'collective'],
    ['Phòng Tài chính/Kế hoạch', 'collective'],
    ['Hợp tác xã Nông nghiệp 1/5', 'collective'],
  ] as const)('%p is one subject', (cell, kind) => {
    expect(count(cell, kind)).toBe(1);
  });
});

describe('a collective named with its parent body', () => {
  it.each([
    'Phòng Khám đa khoa, Trung tâm Y tế huyện',
    'Tổ Tổng hợp - Hành chính, Văn phòng UBND huyện',
    'Khoa Dược, Trung tâm Y tế huyện',
    'Khoa Hồi sức cấp cứu - Bệnh viện Đa khoa huyện',
    'Chi bộ Thôn 3, Đảng bộ xã An Bình',
    'Tổ Văn phòng, Phòng Giáo dục và Đào tạo huyện',
    'Tổ Toán - Tin, Trường THPT An Phú',
    'Trạm Y tế xã An Bình, Trung tâm Y tế huyện',
    'Chi đoàn Công an, Đoàn xã An Bình',
  ])('%p is one collective', (cell) => {
    expect(count(cell, 'collective')).toBe(1);
  });

  it.each([
    'Phòng Nội vụ, Phòng Tư pháp',
    'Khoa Dược, Khoa Nội',
    'Hội Nông dân xã, Hội Cựu chiến binh xã',
    'Trung tâm Y tế huyện, Phòng Khám đa khoa',
    'Khoa Dược và Trung tâm Y tế huyện',
    'Chi bộ Thôn 1, Chi bộ Thôn 2, Đảng bộ xã An Bình',
  ])('%p still names two or more bodies (near miss)', (cell) => {
    expect(count(cell, 'collective')).toBeGreaterThan(1);
  });
});
