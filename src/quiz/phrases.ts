// The sentences quiz questions are built from, in both languages.
export type QuizLang = 'ko' | 'en';

const en = {
  whichInstruction: (what: string) => `Which Dockerfile instruction: ${what}`,
  whichFlag: (command: string, what: string) => `Which flag of \`${command}\`: ${what}`,
  whichCommand: (what: string) => `Which docker command: ${what}`,
  whichTerm: (what: string) => `Which term: ${what}`,
  whatDoes: (term: string) => `What does ${term} do?`,
  whichAnswers: (question: string) => `Which answer fits: ${question}`,
  whichExplains: (topic: string) => `Which explanation fits “${topic}”?`,
  typeCommand: (task: string) => `Type the command: ${task}`,
  fillBlank: (text: string) => `Fill in the blank: ${text}`,
  whichProcess: (dockerfile: string, run: string) =>
    `A Dockerfile ends with:\n\n${dockerfile}\n\nThe image is started with \`${run}\`. Which process runs in the container?`,
  hostPort: (run: string) => `After \`${run}\`, which port on the host reaches the app?`,
  containerPort: (run: string) => `After \`${run}\`, which port does the app listen on inside the container?`,
  hostPath: (run: string) => `After \`${run}\`, which path is on the host?`,
  containerPath: (run: string) => `After \`${run}\`, where does the container see the files?`,
  noProcess: 'none: the container fails to start (no command)',
};

const ko: typeof en = {
  whichInstruction: (what) => `어떤 Dockerfile 인스트럭션일까요: ${what}`,
  whichFlag: (command, what) => `\`${command}\`의 어떤 플래그일까요: ${what}`,
  whichCommand: (what) => `어떤 docker 명령일까요: ${what}`,
  whichTerm: (what) => `어떤 용어일까요: ${what}`,
  whatDoes: (term) => `${term}은(는) 무엇을 하나요?`,
  whichAnswers: (question) => `알맞은 답은: ${question}`,
  whichExplains: (topic) => `「${topic}」에 맞는 설명은?`,
  typeCommand: (task) => `명령을 입력하세요: ${task}`,
  fillBlank: (text) => `빈칸을 채우세요: ${text}`,
  whichProcess: (dockerfile, run) =>
    `Dockerfile의 끝이 다음과 같습니다:\n\n${dockerfile}\n\n이 이미지를 \`${run}\`(으)로 실행하면 컨테이너에서 어떤 프로세스가 실행될까요?`,
  hostPort: (run) => `\`${run}\` 실행 후, 호스트의 어느 포트로 앱에 접속하나요?`,
  containerPort: (run) => `\`${run}\` 실행 후, 컨테이너 안에서 앱은 어느 포트를 듣고 있나요?`,
  hostPath: (run) => `\`${run}\`에서 호스트 쪽 경로는 어느 것인가요?`,
  containerPath: (run) => `\`${run}\`에서 컨테이너 안에서 보이는 경로는 어느 것인가요?`,
  noProcess: '없음: 명령이 없어 컨테이너가 시작되지 않음',
};

export type Phrases = typeof en;

export function phrases(lang: string): Phrases {
  return lang === 'ko' ? ko : en;
}
