import { describe, expect, it } from 'vitest';
import { barChart, sparkline } from '../../src/ui/chart.js';
import { displayWidth } from '../../src/ui/text.js';

const lines = (...rows: string[]) => rows.join('\n');
const days = (n: number) => Array.from({ length: n }, (_, i) => `5/${i + 1}`);

describe('barChart, vertical', () => {
  it('scales to the largest value in eighth blocks, with axes and labels', () => {
    expect(barChart([1, 2, 3, 4, 8], ['a', 'b', 'c', 'd', 'e'], { color: false, height: 2 })).toBe(
      lines('8 ┤         █', '  │ ▂ ▄ ▆ █ █', '0 └──────────', '    a b c d e'),
    );
  });

  it('shows any value above zero, however small', () => {
    const [top, bottom] = barChart([100, 1, 0], ['', '', ''], { color: false, height: 2 }).split('\n');
    expect(top).toBe('100 ┤ █');
    expect(bottom).toBe('    │ █ ▁');
  });

  it('all zero: an empty chart on a 0..1 scale', () => {
    expect(barChart([0, 0, 0], days(3), { color: false, height: 2 })).toBe(
      lines('1 ┤', '  │', '0 └──────', '    5/1 5/3'),
    );
  });

  it('30 days fit in 80 columns with labels that do not collide', () => {
    const values = Array.from({ length: 30 }, (_, i) => (i * 7) % 23);
    const out = barChart(values, days(30), { color: false });
    const rows = out.split('\n');
    expect(rows).toHaveLength(8 + 2);
    for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(80);
    expect(rows.at(-1)).toMatch(/^ {5}5\/1 +5\/\d+ /);
  });

  it('packs bars without gaps when they would not fit', () => {
    const out = barChart(new Array(40).fill(1), [], { color: false, height: 1, width: 60 });
    expect(out.split('\n')[0]).toBe(`1 ┤ ${'█'.repeat(40)}`);
  });

  it('renders nothing for no values', () => {
    expect(barChart([], [], { color: false })).toBe('');
  });
});

describe('barChart, horizontal', () => {
  it('one line per value, labels padded by display width', () => {
    expect(
      barChart([0, 3, 12, 1], ['월', '화', '수', '목'], { color: false, horizontal: true, width: 30 }),
    ).toBe(lines('월 │ 0', '화 │█████▊ 3', '수 │███████████████████████ 12', '목 │█▉ 1'));
  });

  it('treats negative and non-finite values as zero', () => {
    expect(
      barChart([-5, Number.NaN, 2], ['a', 'b', 'c'], { color: false, horizontal: true, width: 20 }),
    ).toBe(
      lines('a │ 0', 'b │ 0', `c │${'█'.repeat(15)} 2`), // exactly 20 columns
    );
  });
});

describe('sparkline', () => {
  it('zero is the lowest block, anything else at least the second', () => {
    expect(sparkline([0, 1, 2, 4, 8, 0], { color: false })).toBe('▁▂▃▅█▁');
    expect(sparkline([0, 0], { color: false })).toBe('▁▁');
    expect(sparkline([], { color: false })).toBe('');
  });

  it('colors only with color on', () => {
    expect(sparkline([1], { color: true })).toBe('\x1b[36m█\x1b[39m');
  });
});
