import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/ui/chart.js';
import { displayWidth } from '../../src/ui/text.js';

const lines = (...rows: string[]) => rows.join('\n');
const days = (n: number) => Array.from({ length: n }, (_, i) => `5/${i + 1}`);

describe('barChart', () => {
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

  it('treats negative and non-finite values as zero', () => {
    expect(
      barChart([-5, Number.NaN, 2, Number.POSITIVE_INFINITY], ['a', 'b', 'c', 'd'], {
        color: false,
        height: 1,
      }),
    ).toBe(lines('2 ┤     █', '0 └────────', '    a b c d'));
  });

  it('spaces wide labels by display width, so they do not collide', () => {
    const out = barChart([1, 1, 1, 1, 1], ['월', '화', '수', '목', '금'], { color: false, height: 1 });
    expect(out.split('\n').at(-1)).toBe('    월  수  금');
  });

  it('colours only with color on: dim axes, cyan bars', () => {
    expect(barChart([1, 0], ['a', 'b'], { color: true, height: 1 })).toBe(
      lines('\x1b[2m1 ┤\x1b[22m \x1b[36m█\x1b[39m', '\x1b[2m0 └────\x1b[22m', '    a b'),
    );
    expect(barChart([1, 0], ['a', 'b'], { color: false, height: 1 })).not.toContain('\x1b[');
  });

  it('renders nothing for no values', () => {
    expect(barChart([], [], { color: false })).toBe('');
  });
});
