// Where a statement with no name set apart is cut: the front names what it is about, the blank what it says of it.
import { describe, expect, it } from 'vitest';
import { statementCut } from '../../src/notes/statement-cut.js';

const cut = (text: string) => {
  const at = statementCut(text);
  return at === undefined ? undefined : `${text.slice(0, at)}|${text.slice(at)}`;
};

describe('statementCut', () => {
  it('cuts at a joint: a consequence, a reason, a colon, a dash, an opening condition', () => {
    expect(cut('Containers share the host kernel, so they boot in well under a second.')).toBe(
      'Containers share the host kernel, so |they boot in well under a second.',
    );
    expect(cut('Isolation is weaker than a VM: a kernel exploit can escape every container.')).toBe(
      'Isolation is weaker than a VM: |a kernel exploit can escape every container.',
    );
    expect(cut('Because the kernel is shared, a Linux container cannot run on a Windows kernel.')).toBe(
      'Because the kernel is shared, |a Linux container cannot run on a Windows kernel.',
    );
    expect(cut('커널을 공유하기 때문에 VM보다 훨씬 가볍다.')).toBe(
      '커널을 공유하기 때문에 |VM보다 훨씬 가볍다.',
    );
    expect(cut('컨테이너를 지우면 쓰기 레이어도 같이 사라진다.')).toBe(
      '컨테이너를 지우면 |쓰기 레이어도 같이 사라진다.',
    );
  });

  it('else cuts after the subject: a Korean topic, an English verb', () => {
    expect(cut('이미지 레이어는 읽기 전용이다.')).toBe('이미지 레이어는 |읽기 전용이다.');
    expect(cut('Layers are read-only and shared between images.')).toBe(
      'Layers are |read-only and shared between images.',
    );
  });

  it('never inside code, bold or brackets, after a label, or before a tail that only points back', () => {
    expect(cut('use `-p 8080:80` to publish ports on the host machine')).toBeUndefined();
    expect(cut('The key idea: **the container lives exactly as long as its PID 1**.')).toBeUndefined();
    expect(cut('Why it matters: many kernel exploits need a rarely used syscall.')).toBeUndefined();
    expect(cut('예전 이미지는 이름표를 잃어버려서 이렇게 된다.')).toBeUndefined();
  });

  it('leaves half a sentence, a modal with no verb, and a verb form before a noun alone', () => {
    expect(cut('하드웨어를 가상화하니까 부팅도 필요하고')).toBeUndefined();
    expect(cut('A container can eat all the RAM and CPU of the host.')).toBeUndefined();
    expect(cut('기다리는 시간은 기본 10초이고 `-t` 로 바꾼다.')).toBeUndefined();
  });
});
