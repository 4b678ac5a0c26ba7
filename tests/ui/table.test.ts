import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/ui/table.js';
import { chalkFor, displayWidth } from '../../src/ui/text.js';

const lines = (...rows: string[]) => rows.join('\n');

describe('renderTable', () => {
  it('lines up Korean cells by display width and right-aligns number columns', () => {
    const out = renderTable(
      ['덱', '카드', '정답률'],
      [
        ['컨테이너', '42', '91.5%'],
        ['image', '7', '100%'],
      ],
      { color: false },
    );
    expect(out).toBe(
      lines(
        '┌──────────┬──────┬────────┐',
        '│ 덱       │ 카드 │ 정답률 │',
        '├──────────┼──────┼────────┤',
        '│ 컨테이너 │   42 │  91.5% │',
        '│ image    │    7 │   100% │',
        '└──────────┴──────┴────────┘',
      ),
    );
  });

  it('takes explicit alignment, including center, and fills missing cells', () => {
    const out = renderTable(['a', 'b', 'c'], [['x', '1', '가'], ['yy']], {
      color: false,
      align: [null, 'left', 'center'],
    });
    expect(out).toBe(
      lines(
        '┌────┬───┬────┐',
        '│ a  │ b │ c  │',
        '├────┼───┼────┤',
        '│ x  │ 1 │ 가 │',
        '│ yy │   │    │',
        '└────┴───┴────┘',
      ),
    );
  });

  it('narrows the widest column to fit a width, wrapping its cells and ruling between rows', () => {
    const out = renderTable(
      ['command', 'meaning'],
      [
        ['docker ps', '실행 중인 컨테이너 목록'],
        ['docker rm', '삭제'],
      ],
      { color: false, width: 30 },
    );
    expect(out).toBe(
      lines(
        '┌───────────┬────────────────┐',
        '│ command   │ meaning        │',
        '├───────────┼────────────────┤',
        '│ docker ps │ 실행 중인      │',
        '│           │ 컨테이너 목록  │',
        '├───────────┼────────────────┤',
        '│ docker rm │ 삭제           │',
        '└───────────┴────────────────┘',
      ),
    );
    for (const row of out.split('\n')) expect(displayWidth(row)).toBe(30);
  });

  it('renders without a header row, and nothing for no columns', () => {
    expect(renderTable([], [['a', 'b']], { color: false })).toBe(
      lines('┌───┬───┐', '│ a │ b │', '└───┴───┘'),
    );
    expect(renderTable([], [], { color: false })).toBe('');
  });

  it('sees numbers through styling, and styles borders and header only with color', () => {
    const c = chalkFor(true);
    const out = renderTable(['n'], [[c.red('12')], ['3']], { color: true });
    expect(out).toContain(`${c.dim('│ ')}${c.bold(' n')}${c.dim(' │')}`);
    expect(out).toContain(`${c.dim('│ ')} 3${c.dim(' │')}`);
  });
});
