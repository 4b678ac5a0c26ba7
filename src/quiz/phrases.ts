// The sentences quiz questions are built from, in both languages.
export type QuizLang = 'ko' | 'en';

const en = {
  whichInstruction: (what: string) => `Which Dockerfile instruction: ${what}`,
  whichFlag: (command: string, what: string) => `Which flag of \`${command}\`: ${what}`,
  whichCommand: (what: string) => `Which docker command: ${what}`,
  whichTerm: (what: string) => `Which term: ${what}`,
  whatDoes: (term: string) => `What does ${term} do?`,
  whatIs: (term: string) => `What is ${term}?`,
  whichAnswers: (question: string) => `Which answer fits: ${question}`,
  whichExplains: (topic: string) => `Which of these is said of “${topic}”?`,
  typeCommand: (task: string) => `Type the command: ${task}`,
  fillBlank: (subject: string, text: string) => `Fill in the blank (${subject}): ${text}`,
  topic: (heading: string) => `“${heading}”`,
  whichProcess: (dockerfile: string, run: string) =>
    `A Dockerfile ends with:\n\n${dockerfile}\n\nThe image is started with \`${run}\`. Which process runs in the container?`,
  hostPort: (run: string) => `After \`${run}\`, which port on the host reaches the app?`,
  containerPort: (run: string) => `After \`${run}\`, which port does the app listen on inside the container?`,
  hostPath: (run: string) => `After \`${run}\`, which path is on the host?`,
  containerPath: (run: string) => `After \`${run}\`, where does the container see the files?`,
  noProcess: 'none: the container fails to start (no command)',
};

const ko: typeof en = {
  whichInstruction: (what) => `다음 설명에 맞는 Dockerfile 인스트럭션은? ${what}`,
  whichFlag: (command, what) => `\`${command}\`에서 다음 설명에 맞는 플래그는? ${what}`,
  whichCommand: (what) => `다음 설명에 맞는 docker 명령은? ${what}`,
  whichTerm: (what) => `다음 설명에 맞는 용어는? ${what}`,
  whatDoes: (term) => `${term}의 역할은?`,
  whatIs: (term) => `${term}의 뜻은?`,
  whichAnswers: (question) => `다음 질문에 알맞은 답은? ${question}`,
  whichExplains: (topic) => `‘${topic}’에 대한 설명으로 맞는 것은?`,
  typeCommand: (task) => `명령을 입력하세요: ${task}`,
  fillBlank: (subject, text) => `빈칸을 채우세요 (${subject}): ${text}`,
  topic: (heading) => `‘${heading}’`,
  whichProcess: (dockerfile, run) =>
    `Dockerfile의 끝이 다음과 같습니다:\n\n${dockerfile}\n\n이 이미지를 다음 명령으로 실행하면 컨테이너에서 어떤 프로세스가 실행될까요?\n\n\`${run}\``,
  hostPort: (run) => `\`${run}\` 실행 후, 호스트의 어느 포트로 앱에 접속하나요?`,
  containerPort: (run) => `\`${run}\` 실행 후, 컨테이너 안에서 앱은 어느 포트를 듣고 있나요?`,
  hostPath: (run) => `\`${run}\` 실행 후, 호스트 쪽 경로는 어느 것인가요?`,
  containerPath: (run) => `\`${run}\` 실행 후, 컨테이너 안에서 파일이 보이는 경로는 어느 것인가요?`,
  noProcess: '없음: 실행할 명령이 없어 컨테이너가 시작되지 않음',
};

export type Phrases = typeof en;

export function phrases(lang: string): Phrases {
  return lang === 'ko' ? ko : en;
}
