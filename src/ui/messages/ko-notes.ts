// The Korean forms of what the notes stage says in English: its diagnostics and lint's skip
// reasons. Part of the Korean catalogue (ko.ts re-exports them, and the bundle keeps them in its file).

// The notes stage reports in English (it stays pure: no UI language there); its sentences are the
// ids of these Korean forms. A sentence without a form here is shown as it is.
export type NoteRule = [RegExp, (m: RegExpMatchArray) => string];
export const NOTE_WARNINGS_KO: NoteRule[] = [
  [
    /^warning: card (\S+) gives no sound quiz question \(no question can be made from it\)$/,
    (m) => `경고: ${m[1]} 카드로는 퀴즈 질문을 만들 수 없습니다`,
  ],
  [
    /^warning: card (\S+) gives no sound quiz question \((.*)\)$/,
    (m) => `경고: ${m[1]} 카드로는 규칙에 맞는 퀴즈 질문을 만들 수 없습니다 (${m[2]})`,
  ],
  [
    /^front matter 'deck' must be a name with letters or digits$/,
    () => "front matter 'deck'은(는) 글자나 숫자로 된 이름이어야 합니다",
  ],
  [/^front matter 'tags' must be a list of words$/, () => "front matter 'tags'는 단어 목록이어야 합니다"],
  [
    /^front matter 'lang' must be 'ko' or 'en' \(got '(.*)'\)$/,
    (m) => `front matter 'lang'은 'ko'나 'en'이어야 합니다 (받은 값: '${m[1]}')`,
  ],
  [
    /^front matter 'id' must be lowercase letters, digits and - \. \/ \(got '(.*)'\)$/,
    (m) => `front matter 'id'는 소문자, 숫자, - . / 로만 씁니다 (받은 값: '${m[1]}')`,
  ],
  [
    /^front matter 'id' names a note's only card, but this note has (\d+)$/,
    (m) => `front matter 'id'는 카드가 하나인 노트에만 쓰는데, 이 노트의 카드는 ${m[1]}장입니다`,
  ],
  [/^front matter '(.+)' must be text$/, (m) => `front matter '${m[1]}'은(는) 텍스트여야 합니다`],
  [/^front matter: (.*)$/, (m) => `front matter 오류: ${m[1]}`],
  [
    /^a deck cannot be called 'all' \(it means every deck\); this one is 'all-deck'$/,
    () => "덱 이름은 'all'일 수 없습니다 (모든 덱을 뜻함): 이 덱은 'all-deck'입니다",
  ],
  [/^not a text file$/, () => '텍스트 파일이 아닙니다'],
  [/^cannot read this note \((.+)\)$/, (m) => `이 노트를 읽을 수 없습니다 (${m[1]})`],
  [
    /^nothing to study here: no headings with text, bullets or questions$/,
    () => '공부할 내용이 없습니다: 글이 있는 제목, 목록, 질문이 없습니다',
  ],
  [
    /^multiple-choice question (.+) has no answer: none below it, and no answer key in its folder gives one$/,
    (m) => `객관식 문제 ${m[1]}에 정답이 없습니다: 아래에도 없고, 같은 폴더의 정답표에도 없습니다`,
  ],
  [/^the multiple-choice question '(.*)' has no answer$/, (m) => `객관식 문제 '${m[1]}'에 정답이 없습니다`],
  [/^an answer key line that could not be read$/, () => '읽을 수 없는 정답표 줄'],
  [/^'(.+)' has no flag '(.+)'$/, (m) => `'${m[1]}'에는 '${m[2]}' 플래그가 없습니다`],
  [
    /^card id '(.+)' is used already \(line (\d+)\); this one is '(.+)'$/,
    (m) => `카드 id '${m[1]}'은(는) 이미 쓰였습니다 (${m[2]}번째 줄): 이 카드는 '${m[3]}'입니다`,
  ],
  [
    /^the question '(.*)' has no answer inside its <details>$/,
    (m) => `질문 '${m[1]}'의 <details> 안에 답이 없습니다`,
  ],
  [
    /^the question '(.*)' has no answer below it in the quote$/,
    (m) => `질문 '${m[1]}' 아래 인용문에 답이 없습니다`,
  ],
  [/^the question '(.*)' has no answer below it$/, (m) => `질문 '${m[1]}' 아래에 답이 없습니다`],
  [/^the question '(.*)' has no answer in its callout$/, (m) => `질문 '${m[1]}'의 콜아웃에 답이 없습니다`],
  [/^the question '(.*)' has no answer in its row$/, (m) => `질문 '${m[1]}'의 표 행에 답이 없습니다`],
  [
    /^this START … END card has no (front|back)$/,
    (m) => `이 START … END 카드에 ${m[1] === 'front' ? '앞면' : '뒷면'}이 없습니다`,
  ],
  [/^the question '(.*)' has no answer$/, (m) => `질문 '${m[1]}'에 답이 없습니다`],
  [
    /^'(.+)' looks like a typo of 'docker'; this line makes no card$/,
    (m) => `'${m[1]}'은(는) 'docker'의 오타로 보입니다: 이 줄은 카드가 되지 않습니다`,
  ],
  [
    /^'docker ([^']+)': '(.+)' has no subcommand '(.+)' \(did you mean '(.+)'\?\); this line makes no card$/,
    (m) =>
      `'docker ${m[1]}': '${m[2]}'에는 '${m[3]}' 하위 명령이 없습니다 (혹시 '${m[4]}'?): 이 줄은 카드가 되지 않습니다`,
  ],
  [
    /^'docker (\S+)' has no subcommand '(.+)' \(did you mean '(.+)'\?\)$/,
    (m) => `'docker ${m[1]}'에는 '${m[2]}' 하위 명령이 없습니다 (혹시 '${m[3]}'?)`,
  ],
  [
    /^'docker (\S+)' has no subcommand '(.+)': (.+)$/,
    (m) => `'docker ${m[1]}'에는 '${m[2]}' 하위 명령이 없습니다: ${m[3]}`,
  ],
  [
    /^'docker (\S+)' needs a subcommand: (.+)$/,
    (m) => `'docker ${m[1]}'에는 하위 명령이 필요합니다: ${m[2]}`,
  ],
  [
    /^'docker (.+)' is not a docker command \(did you mean '(.+)'\?\)$/,
    (m) => `'docker ${m[1]}'은(는) docker 명령이 아닙니다 (혹시 '${m[2]}'?)`,
  ],
  [/^'docker (.+)' is not a docker command$/, (m) => `'docker ${m[1]}'은(는) docker 명령이 아닙니다`],
  [
    /^a '(.*)' \/ '(.*)' pair with an empty side makes no card$/,
    (m) => `'${m[1]}' / '${m[2]}' 짝의 한쪽이 비어 카드가 되지 않습니다`,
  ],
  // issue 12 (edges): the rest of what notes can say, so that lint and every loading speak Korean.
  [
    /^front matter in '(.+)' is not allowed; only YAML front matter is read$/,
    (m) => `'${m[1]}' front matter는 쓸 수 없습니다: YAML front matter만 읽습니다`,
  ],
  [/^front matter is not closed with a `---` line$/, () => 'front matter가 `---` 줄로 닫히지 않았습니다'],
  [
    /^front matter over ([\d,]+) characters is not read \(real front matter is a few lines\)$/,
    (m) => `${m[1]}자가 넘는 front matter는 읽지 않습니다 (실제 front matter는 몇 줄입니다)`,
  ],
  [
    /^front matter 'tags' has (\d+) tags; the first (\d+) are kept$/,
    (m) => `front matter 'tags'에 태그가 ${m[1]}개 있어 처음 ${m[2]}개만 씁니다`,
  ],
  [
    /^this note has ([\d,]+) characters; notes over ([\d,]+) are not read \(the largest real notes have ~([\d,]+)\)$/,
    (m) =>
      `이 노트는 ${m[1]}자입니다: ${m[2]}자가 넘는 노트는 읽지 않습니다 (가장 큰 실제 노트도 약 ${m[3]}자)`,
  ],
  [
    /^this note could not be read: it is nested too deeply$/,
    () => '이 노트를 읽을 수 없습니다: 너무 깊이 중첩되어 있습니다',
  ],
  [/^this note could not be read: (.*)$/, (m) => `이 노트를 읽을 수 없습니다: ${m[1]}`],
  [
    /^this line is over ([\d,]+) characters and cut there \(real notes' lines are under ([\d,]+)\)$/,
    (m) => `이 줄은 ${m[1]}자가 넘어 거기서 잘랐습니다 (실제 노트의 줄은 ${m[2]}자 미만)`,
  ],
  [
    /^(\d+) lines from here are over ([\d,]+) characters and cut there \(real notes' lines are under ([\d,]+)\)$/,
    (m) => `여기부터 ${m[1]}줄이 ${m[2]}자가 넘어 거기서 잘랐습니다 (실제 노트의 줄은 ${m[3]}자 미만)`,
  ],
  [
    /^this line nests quotes or lists over (\d+) levels deep and is left out \(real notes nest under (\d+)\)$/,
    (m) => `이 줄은 인용이나 목록이 ${m[1]}단계보다 깊어 뺐습니다 (실제 노트는 ${m[2]}단계 미만)`,
  ],
  [
    /^(\d+) lines from here nest quotes or lists over (\d+) levels deep and are left out \(real notes nest under (\d+)\)$/,
    (m) =>
      `여기부터 ${m[1]}줄은 인용이나 목록이 ${m[2]}단계보다 깊어 뺐습니다 (실제 노트는 ${m[3]}단계 미만)`,
  ],
  [
    /^this note has ([\d,]+) bytes; notes over ([\d,]+) characters are not read \(the largest real notes have ~([\d,]+)\)$/,
    (m) =>
      `이 노트는 ${m[1]}바이트입니다: ${m[2]}자가 넘는 노트는 읽지 않습니다 (가장 큰 실제 노트도 약 ${m[3]}자)`,
  ],
  [
    /^not a regular file \((a pipe|a socket|a folder|a device)\); not read$/,
    (m) =>
      `일반 파일이 아니라 ${{ 'a pipe': '파이프', 'a socket': '소켓', 'a folder': '폴더', 'a device': '장치' }[m[1]!]}이므로 읽지 않습니다`,
  ],
  [/^cannot read this folder \((.+)\)$/, (m) => `이 폴더를 읽을 수 없습니다 (${m[1]})`],
  [
    /^flag '(.+)' has no description and no example; no card$/,
    (m) => `'${m[1]}' 플래그에 설명도 예시도 없어 카드가 되지 않습니다`,
  ],
];

// Why lint skipped a span: the notes stage's reasons (its English is their id).
export const SKIP_REASONS_KO: Record<string, string> = {
  'an answer-key entry (its question gets the answer)': '정답표 항목 (답은 그 문제에 붙음)',
  'a question with an empty answer': '답이 빈 질문',
  'a question with no answer': '답이 없는 질문',
  'a card with an empty side': '한쪽 면이 빈 카드',
  'a heading with nothing under it': '아래에 아무것도 없는 제목',
  'an empty heading': '빈 제목',
  'text before the first heading': '첫 제목 앞의 글',
  "the note's introduction": '노트 첫머리의 소개 글',
  'too little text to teach anything': '가르칠 내용이 되기엔 너무 짧은 글',
  'an introduction to the cards below it': '아래 카드들을 소개하는 글',
  'an image or embed': '이미지나 임베드',
  'HTML markup without text': '글자 없는 HTML',
  tags: '태그',
  'an embed': '임베드',
  'a placeholder, not yet written': '아직 쓰지 않은 자리 표시',
  'reference links': '참고 링크',
  'an image': '이미지',
  'a table of contents': '목차',
  'links only': '링크만 있음',
  "a page's properties (dates, tags, status)": '페이지 속성 (날짜, 태그, 상태)',
  'a to-do list': '할 일 목록',
  'code with no text saying what it shows': '무엇을 보여 주는지 말하는 글 없는 코드',
  "the note's opening or closing words": '글의 들어가는 말이나 맺는 말',
  'words about the note, not its topic': '주제가 아니라 노트 자체에 대한 말',
  "a journal day's remarks": '일지 날짜 아래의 짧은 메모',
};
