import { flag } from './flag-syntax.js';
import type { CommandSpec } from './types.js';

// ── Docker Scout (a CLI plugin): vulnerabilities and base-image advice ──────
// The plugin is not installed here, so these follow its reference pages
// (docs.docker.com/reference/cli/docker/scout/…, generated from docker/scout-cli docs/*.yaml);
// the flags are those of scout 1.18.4 to 1.22 (1.18.4 gave compare its VEX flags and
// --ignore-suppressed). Scout 1.23 adds --policy-bundle, --policy-config, --policy-dir and
// --policy-file to quickview and compare; they are left out until a lesson needs them.
// Hidden, deprecated flags (--stream, --vex, compare's -e) are left out. The other scout
// subcommands (sbom, policy, repo, …) stay "not covered": 'scout' is in UNCOVERED_COMMANDS.

// Every IMAGE|DIRECTORY|ARCHIVE slot names an image reference (or a prefixed path such as
// fs://.), so argument-spellings.ts reads `nginx` and `nginx:latest` as one image.
const ARTIFACT = '[IMAGE|DIRECTORY|ARCHIVE]';

const ORG = flag('--org string', 'Docker organization whose settings apply');
const OUTPUT = flag('-o, --output string', 'Write the report to this file');
const PLATFORM = flag('--platform string', 'Platform of the image to analyse, e.g. linux/arm64');
const REF = flag('--ref string', 'Which image of a multi-image archive to analyse');
const IGNORE_BASE = flag('--ignore-base', 'Leave out CVEs that come from the base image');
const IGNORE_SUPPRESSED = flag('--ignore-suppressed', 'Leave out CVEs covered by a Scout exception');
const MULTI_STAGE = flag('--multi-stage', 'Include packages from every build stage');
const ONLY_FIXED = flag('--only-fixed', 'Only CVEs with a fixed version');
const ONLY_UNFIXED = flag('--only-unfixed', 'Only CVEs with no fix yet');
const ONLY_PACKAGE_TYPE = flag('--only-package-type strings', 'Only these package types: apk, deb, npm, …');
const ONLY_POLICY = flag('--only-policy strings', 'Only evaluate these policies');
const ONLY_SEVERITY = flag(
  '--only-severity strings',
  'Only these severities: critical, high, medium, low, unspecified',
);
const ONLY_STAGE = flag('--only-stage strings', 'Only these build stages');
const ONLY_VEX_AFFECTED = flag('--only-vex-affected', 'Leave out CVEs a VEX statement marks not affected');
// Scout trusts VEX statements by Docker's own authors unless told otherwise.
const VEX_AUTHOR = flag('--vex-author strings', 'Accept VEX statements from these authors (regexps)', {
  defaultValue: '[<.*@docker.com>]',
});
const VEX_LOCATION = flag('--vex-location strings', 'File or directory with VEX statements');

export const SCOUT_COMMANDS: CommandSpec[] = [
  {
    path: ['scout', 'cves'],
    aliases: [],
    summary: 'List the known vulnerabilities (CVEs) in an image, directory or archive',
    summaryKo: '이미지, 디렉터리, 아카이브에 있는 알려진 취약점(CVE) 목록을 보여 준다',
    args: ARTIFACT,
    minArgs: 0,
    maxArgs: 1,
    flags: [
      flag('--details', 'Print more detail per vulnerability'),
      flag('--env string', 'Environment to take the image from'),
      flag('--epss', 'Show EPSS scores and sort by them'),
      flag('--epss-percentile float32', 'Hide CVEs below this EPSS percentile (0 to 1)', {
        defaultValue: '0',
      }),
      flag('--epss-score float32', 'Hide CVEs below this EPSS score (0 to 1)', { defaultValue: '0' }),
      flag('-e, --exit-code', 'Exit with code 2 when vulnerabilities are found'),
      flag('--format string', 'Report format: packages, sarif, spdx, markdown, sbom…', {
        defaultValue: 'packages',
      }),
      IGNORE_BASE,
      IGNORE_SUPPRESSED,
      flag('--locations', 'Show where each package sits: file paths and layers'),
      MULTI_STAGE,
      flag('--only-base', 'Only CVEs that come from the base image'),
      flag('--only-cisa-kev', "Only CVEs in CISA's Known Exploited Vulnerabilities catalog"),
      flag('--only-cve-id strings', 'Only these CVE ids'),
      ONLY_FIXED,
      flag('--only-metric strings', 'Only CVEs with these CVSS metrics, e.g. AV:N'),
      flag('--only-package strings', 'Only packages matching these regexps'),
      ONLY_PACKAGE_TYPE,
      ONLY_SEVERITY,
      ONLY_STAGE,
      ONLY_UNFIXED,
      ONLY_VEX_AFFECTED,
      flag('--only-vuln-packages', 'With --format only-packages: only vulnerable packages'),
      ORG,
      OUTPUT,
      PLATFORM,
      REF,
      VEX_AUTHOR,
      VEX_LOCATION,
    ],
  },
  {
    path: ['scout', 'quickview'],
    aliases: [['scout', 'qv']],
    summary: 'Sum up the vulnerabilities of an image and of its base image, with base-image advice',
    summaryKo: '이미지와 그 베이스 이미지의 취약점을 요약하고 베이스 이미지에 관한 조언을 준다',
    args: ARTIFACT,
    minArgs: 0,
    maxArgs: 1,
    flags: [
      flag('--env string', 'Environment to take the image from'),
      IGNORE_SUPPRESSED,
      flag('--latest', 'Use the latest image Scout has indexed'),
      ONLY_POLICY,
      ONLY_VEX_AFFECTED,
      ORG,
      OUTPUT,
      PLATFORM,
      REF,
      VEX_AUTHOR,
      VEX_LOCATION,
    ],
  },
  {
    path: ['scout', 'recommendations'],
    aliases: [],
    summary: 'Suggest base-image refreshes and updates, with what each would fix',
    summaryKo: '베이스 이미지 갱신과 업데이트를 제안하고 각각 무엇이 고쳐지는지 알려 준다',
    args: ARTIFACT,
    minArgs: 0,
    maxArgs: 1,
    flags: [
      flag('--only-refresh', 'Only refreshes: a newer build of the same base tag'),
      flag('--only-update', 'Only updates: another base tag'),
      ORG,
      OUTPUT,
      PLATFORM,
      REF,
      flag('--tag string', 'Tag to give the recommendations for'),
    ],
  },
  {
    // Docker's usage reads `--to IMAGE [IMAGE]`: the other image is a flag (--to, --to-env or
    // --to-latest), so only the image being compared is an argument here.
    path: ['scout', 'compare'],
    aliases: [['scout', 'diff']],
    summary: 'Compare two images: their vulnerabilities, packages and policy results',
    summaryKo: '두 이미지의 취약점, 패키지, 정책 결과를 비교한다',
    args: ARTIFACT,
    minArgs: 0,
    maxArgs: 1,
    flags: [
      flag('-x, --exit-on strings', 'Fail when these got worse or changed: vulnerability, policy, package'),
      flag('--format string', 'Report format, e.g. text or markdown', { defaultValue: 'text' }),
      flag('--hide-policies', 'Leave policy results out of the report'),
      IGNORE_BASE,
      IGNORE_SUPPRESSED,
      flag('--ignore-unchanged', 'Leave out packages that did not change'),
      MULTI_STAGE,
      ONLY_FIXED,
      ONLY_PACKAGE_TYPE,
      ONLY_POLICY,
      ONLY_SEVERITY,
      ONLY_STAGE,
      ONLY_UNFIXED,
      ONLY_VEX_AFFECTED,
      ORG,
      OUTPUT,
      PLATFORM,
      REF,
      flag('--to string', 'Image, directory or archive to compare with'),
      flag('--to-env string', 'Compare with the image of this environment'),
      flag('--to-latest', 'Compare with the latest image Scout has indexed'),
      flag('--to-ref string', 'Which image of a multi-image --to archive to use'),
      VEX_AUTHOR,
      VEX_LOCATION,
    ],
  },
];
