/**
 * Trial 17 #6: a commune's own body named without the commune («Hội Nông dân xã», «Công an xã», «UBND xã», proposed
 * by Đảng bộ xã An Bình) was not matched with the same body named in full by a district body («Hội Nông dân xã An
 * Bình», «Công an xã An Bình», «Ủy ban nhân dân xã An Bình»), nor «HTX NN An Bình» with «Hợp tác xã Nông nghiệp An
 * Bình»: listed twice. The proposing commune places a bare «… xã» as it places «Hội Nông dân». Near misses: «Hội
 * Nông dân xã» of two communes, «Chi bộ Ấp 1» of two communes stay apart; «Hội Nông dân xã» is not the district's
 * «Hội Nông dân huyện»; «Kho bạc NN huyện» is not farming.
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import type { Finding } from '../../../src/domain/findings/finding';
import { checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';
import { UNIT_ROWS } from '../../fixtures/trial14-groups';

const HEADER: Row = ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Giai đoạn'];
const UNITS: Row[] = [...UNIT_ROWS, ['CA', 'Đảng bộ Công an huyện', 'Đảng bộ cơ sở']];

/** A district master of collectives: [proposing unit, name]; the DUPLICATE findings as their rows, and the 2023 list. */
async function check(rows: [string, string][]) {
  const registrations: Row[] = rows.map(([unit, name], k) => [k + 1, unit, 'Tập thể', name, '', '', '', `thành tích ${k + 1}`, 1]);
  const { read, report } = await checkBooks([oneSheet('tong-hop.xlsx', UNITS, 'Đơn vị'), oneSheet('dang-ky.xlsx', [HEADER, ...registrations], 'Đăng ký')]);
  const duplicates = report.findings.filter((f) => f.code === 'DUPLICATE');
  const list = consolidate(read, report, '2023').selection.collectives.map((e) => `${e.name} | ${e.units.join('; ')}`);
  return { duplicates, list, shapes: duplicates.map((f: Finding) => `${f.confidence} ${(f.rows ?? []).map((r) => r.row).join(',')}`) };
}

const AN_BINH = 'Đảng bộ xã An Bình';

describe("a commune's body named without the commune is the same body named in full (trial 17 #6)", () => {
  const pairs: [string, string, string][] = [
    ['Hội Nông dân xã', 'Hội Nông dân huyện', 'Hội Nông dân xã An Bình'],
    ['Công an xã', 'Đảng bộ Công an huyện', 'Công an xã An Bình'],
    ['UBND xã', 'Ủy ban nhân dân huyện', 'Ủy ban nhân dân xã An Bình'],
    ['Ban Chỉ huy Quân sự xã', 'Ủy ban nhân dân huyện', 'Ban CHQS xã An Bình'],
    ['Hội Liên hiệp Phụ nữ xã', 'Hội Liên hiệp Phụ nữ huyện', 'Hội LHPN xã An Bình'],
    ['HTX NN An Bình', 'Hội Nông dân huyện', 'Hợp tác xã Nông nghiệp An Bình'],
    ['HTXNN xã An Bình', 'Hội Nông dân huyện', 'Hợp tác xã Nông nghiệp xã An Bình'],
  ];
  for (const [bare, district, full] of pairs) {
    it(`«${bare}» (${AN_BINH}) = «${full}» (${district}): certain, one entry`, async () => {
      for (const rows of [
        [
          [AN_BINH, bare],
          [district, full],
        ],
        [
          [district, full],
          [AN_BINH, bare],
        ],
      ] as [string, string][][]) {
        const got = await check(rows);
        expect(got.shapes).toEqual(['certain 2,3']);
        expect(got.duplicates[0]?.crossBloc).toBe(AN_BINH !== district && !district.startsWith('Đảng bộ'));
        expect(got.list).toHaveLength(1);
        // Printed under the spelling that gives the commune.
        expect(got.list[0]).toMatch(/^[^|]*An Bình \| /);
      }
    });
  }

  it('a body written out is printed before its short form where both give the commune or neither (review 26)', async () => {
    for (const rows of [
      [
        [AN_BINH, 'Chi bộ ấp 3'],
        ['Ủy ban MTTQ Việt Nam huyện', 'CB ấp 3 xã An Bình'],
      ],
      [
        ['Ủy ban MTTQ Việt Nam huyện', 'CB ấp 3 xã An Bình'],
        [AN_BINH, 'Chi bộ ấp 3'],
      ],
    ] as [string, string][][]) {
      const got = await check(rows);
      expect(got.list.map((e) => e.split(' | ')[0])).toEqual(['Chi bộ ấp 3']);
    }
  });

  it('the trial: four pairs and two controls, six entries', async () => {
    const got = await check([
      [AN_BINH, 'Hội Nông dân xã'],
      ['Hội Nông dân huyện', 'Hội Nông dân xã An Bình'],
      [AN_BINH, 'Công an xã'],
      ['Đảng bộ Công an huyện', 'Công an xã An Bình'],
      [AN_BINH, 'UBND xã'],
      ['Ủy ban nhân dân huyện', 'Ủy ban nhân dân xã An Bình'],
      [AN_BINH, 'HTX NN An Bình'],
      ['Hội Nông dân huyện', 'Hợp tác xã Nông nghiệp An Bình'],
      ['Đảng bộ xã Khánh An', 'Hội Nông dân'],
      ['Hội Nông dân huyện', 'Hội Nông dân xã Khánh An'],
      [AN_BINH, 'Hội LHPN xã An Bình'],
      ['Hội Liên hiệp Phụ nữ huyện', 'Hội Liên hiệp Phụ nữ xã An Bình'],
    ]);
    expect(got.duplicates.map((f) => f.confidence)).toEqual(Array(6).fill('certain'));
    expect(got.list).toHaveLength(6);
  });

  it('near misses: two communes\' bodies, a district body, "NN" of a state body stay apart', async () => {
    for (const rows of [
      [
        [AN_BINH, 'Hội Nông dân xã'],
        ['Đảng bộ xã Khánh An', 'Hội Nông dân xã'],
      ],
      [
        [AN_BINH, 'Công an xã'],
        ['Đảng bộ xã Phú Hữu', 'Công an xã Phú Hữu'],
      ],
      [
        [AN_BINH, 'Hội Nông dân xã'],
        ['Đảng bộ xã Khánh An', 'Hội Nông dân'],
      ],
      [
        [AN_BINH, 'Chi bộ Ấp 1'],
        ['Đảng bộ xã Khánh An', 'Chi bộ Ấp 1'],
      ],
      [
        [AN_BINH, 'Hội Nông dân xã'],
        ['Hội Nông dân huyện', 'Hội Nông dân huyện'],
      ],
      [
        ['Ủy ban nhân dân huyện', 'Kho bạc NN huyện'],
        ['Hội Nông dân huyện', 'Kho bạc Nông nghiệp huyện'],
      ],
    ] as [string, string][][]) {
      const got = await check(rows);
      expect(got.duplicates).toEqual([]);
      expect(got.list).toHaveLength(2);
    }
  });
});
