// ../../../tmp/cc/ids.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// src/docker/suggest.ts
import { distance } from "fastest-levenshtein";
function suggest(typed, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(typed, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = typed.length <= 2 ? 1 : 2;
  return bestDistance <= allowed ? best : void 0;
}
function didYouMeanSuffix(typed, candidates) {
  const hint = suggest(typed, candidates);
  return hint ? ` (did you mean ${hint}?)` : "";
}

// src/docker/flag-reader.ts
function normalizeDashes(word) {
  const first = word[0];
  if (first !== "\u2014" && first !== "\u2013") return word;
  const rest = word.slice(1);
  return /^[A-Za-z](?:=|$)/.test(rest) ? `-${rest}` : `--${rest}`;
}
function longNames(index) {
  return [...index.keys()].filter((name) => name.startsWith("--"));
}
function unknownFlag(written, inWord, index, label) {
  const where = written === inWord ? `'${written}'` : `'${written}' (in '${inWord}')`;
  let hint = didYouMeanSuffix(written, longNames(index));
  if (!written.startsWith("--") && index.has(`-${inWord}`)) hint = ` (did you mean -${inWord}?)`;
  const letters = written.startsWith("--") ? written.slice(2) : "";
  if (letters.length > 1 && [...letters].every((letter) => index.has(`-${letter}`))) {
    hint = ` (did you mean -${letters}?)`;
  }
  return { error: `unknown flag ${where} for ${label}${hint}` };
}
function needsValue(name, label) {
  return { error: `flag '${name}' for ${label} needs a value` };
}
function readFlags(words, index, options) {
  const hits = [];
  const args = [];
  const label = options.commandLabel;
  let i = 0;
  while (i < words.length) {
    const raw = words[i] ?? "";
    const word = normalizeDashes(raw);
    i++;
    if (word === "--") {
      args.push(...words.slice(i));
      break;
    }
    if (word.length < 2 || !word.startsWith("-")) {
      args.push(raw);
      if (options.stopAtFirstArg) {
        args.push(...words.slice(i));
        break;
      }
      continue;
    }
    if (word.startsWith("--")) {
      if (word[2] === "-" || word[2] === "=") return { error: `'${raw}' is not a valid flag` };
      const eq = word.indexOf("=");
      const name = eq < 0 ? word : word.slice(0, eq);
      const spec = index.get(name);
      if (!spec) return unknownFlag(name, name, index, label);
      if (eq >= 0) {
        hits.push({ spec, value: word.slice(eq + 1), written: raw });
      } else if (!spec.takesValue) {
        hits.push({ spec, written: raw });
      } else if (i < words.length) {
        hits.push({ spec, value: words[i] ?? "", written: raw });
        i++;
      } else {
        return needsValue(name, label);
      }
      continue;
    }
    let letters = word.slice(1);
    while (letters.length > 0) {
      const name = `-${letters[0]}`;
      const spec = index.get(name);
      if (!spec) return unknownFlag(name, word, index, label);
      if (letters.length > 2 && letters[1] === "=") {
        hits.push({ spec, value: letters.slice(2), written: raw });
        letters = "";
      } else if (!spec.takesValue) {
        hits.push({ spec, written: raw });
        letters = letters.slice(1);
      } else if (letters.length > 1) {
        hits.push({ spec, value: letters.slice(1), written: raw });
        letters = "";
      } else if (i < words.length) {
        hits.push({ spec, value: words[i] ?? "", written: raw });
        i++;
        letters = "";
      } else {
        return needsValue(name, label);
      }
    }
  }
  return { hits, args };
}

// src/docker/flag-syntax.ts
var REPEATABLE_TYPES = /* @__PURE__ */ new Set([
  "list",
  "map",
  "filter",
  "strings",
  "ulimit",
  "mount",
  "network",
  "gpu-request"
]);
var SYNTAX = /^(?:(-[A-Za-z0-9]), )?(--[a-z0-9][a-z0-9-]*)(?: ([a-z0-9-]+))?$/;
function flag(syntax, description, extras = {}) {
  const match = SYNTAX.exec(syntax);
  if (!match) throw new Error(`grammar data: bad flag syntax '${syntax}'`);
  const [, short, long = "", valueType = "bool"] = match;
  const spec = { long, takesValue: valueType !== "bool", valueType, description, ...extras };
  if (short) spec.short = short;
  if (REPEATABLE_TYPES.has(valueType)) spec.repeatable = true;
  return spec;
}
var ON_BY_DEFAULT = { defaultValue: "true" };

// src/docker/grammar.ts
var GLOBAL_FLAGS = [
  flag("--config string", "Directory holding client config files"),
  flag("-c, --context string", "Docker context to talk to"),
  flag("-D, --debug", "Print debug output"),
  flag("-H, --host list", "Daemon socket to connect to"),
  flag("-l, --log-level string", "Log level: debug, info, warn, error, fatal", { defaultValue: "info" }),
  flag("--tls", "Talk to the daemon over TLS"),
  flag("--tlscacert string", "CA certificate to trust"),
  flag("--tlscert string", "Client TLS certificate"),
  flag("--tlskey string", "Client TLS key"),
  flag("--tlsverify", "Use TLS and verify the daemon"),
  flag("-v, --version", "Print the client version and exit")
];
var CONTAINER_CONFIG_FLAGS = [
  flag("--add-host list", "Add a host:ip line to the container's /etc/hosts"),
  flag("--annotation map", "OCI runtime annotation for the container"),
  flag("-a, --attach list", "Streams to attach: STDIN, STDOUT, STDERR"),
  flag("--blkio-weight uint16", "Relative block IO weight, 10 to 1000 (0 turns it off)", {
    defaultValue: "0"
  }),
  flag("--blkio-weight-device list", "Block IO weight for one device"),
  flag("--cap-add list", "Grant a Linux capability"),
  flag("--cap-drop list", "Take away a Linux capability"),
  flag("--cgroup-parent string", "Parent cgroup to place the container under"),
  flag("--cgroupns string", "Cgroup namespace mode: host or private"),
  flag("--cidfile string", "File to write the new container ID into"),
  flag("--cpu-count int", "CPU count (Windows containers)"),
  flag("--cpu-percent int", "Usable CPU percentage (Windows containers)"),
  flag("--cpu-period int", "CFS scheduler period used for CPU limits"),
  flag("--cpu-quota int", "CFS scheduler quota used for CPU limits"),
  flag("--cpu-rt-period int", "Real-time scheduling period in microseconds"),
  flag("--cpu-rt-runtime int", "Real-time scheduling runtime in microseconds"),
  flag("-c, --cpu-shares int", "Relative CPU weight"),
  flag("--cpus decimal", "How many CPUs the container may use"),
  flag("--cpuset-cpus string", "Which CPUs may run it, e.g. 0-2"),
  flag("--cpuset-mems string", "Which memory nodes it may use, e.g. 0,1"),
  flag("--device list", "Make a host device available inside"),
  flag("--device-cgroup-rule list", "Extra rule for the device cgroup allow list"),
  flag("--device-read-bps list", "Cap bytes read per second from a device"),
  flag("--device-read-iops list", "Cap read operations per second from a device"),
  flag("--device-write-bps list", "Cap bytes written per second to a device"),
  flag("--device-write-iops list", "Cap write operations per second to a device"),
  flag("--disable-content-trust", "Skip verifying image signatures", ON_BY_DEFAULT),
  flag("--dns list", "DNS server for the container"),
  flag("--dns-option list", "Option line for resolv.conf", { hiddenAliases: ["--dns-opt"] }),
  flag("--dns-search list", "DNS search domain"),
  flag("--domainname string", "NIS domain name of the container"),
  flag("--entrypoint string", "Replace the image's ENTRYPOINT"),
  flag("-e, --env list", "Set an environment variable (KEY=value)"),
  flag("--env-file list", "Load environment variables from a file"),
  flag("--expose list", "Declare a port or range as exposed, without publishing it"),
  flag("--gpus gpu-request", "GPUs to hand to the container ('all' for every one)"),
  flag("--group-add list", "Extra group for the container user"),
  flag("--health-cmd string", "Command that reports whether the container is healthy"),
  flag("--health-interval duration", "Pause between health checks", { defaultValue: "0s" }),
  flag("--health-retries int", "Failed checks in a row before it counts as unhealthy"),
  flag("--health-start-interval duration", "Pause between checks while starting up", { defaultValue: "0s" }),
  flag("--health-start-period duration", "Grace period before failed checks count", { defaultValue: "0s" }),
  flag("--health-timeout duration", "Longest a single health check may run", { defaultValue: "0s" }),
  flag("-h, --hostname string", "Host name inside the container"),
  flag("--init", "Run a tiny init as PID 1 that forwards signals and reaps zombies"),
  flag("-i, --interactive", "Keep STDIN open"),
  flag("--io-maxbandwidth bytes", "System drive bandwidth cap (Windows)"),
  flag("--io-maxiops uint", "System drive IO-per-second cap (Windows)"),
  flag("--ip string", "Fixed IPv4 address on the network"),
  flag("--ip6 string", "Fixed IPv6 address on the network"),
  flag("--ipc string", "IPC namespace mode"),
  flag("--isolation string", "Isolation technology (Windows: process or hyperv)"),
  flag("--kernel-memory bytes", "Kernel memory cap (deprecated)"),
  flag("-l, --label list", "Attach a key=value label"),
  flag("--label-file list", "Read labels from a file, one per line"),
  flag("--link list", "Legacy link to another container (name:alias)"),
  flag("--link-local-ip list", "Link-local IPv4 or IPv6 address"),
  flag("--log-driver string", "Where the container's logs go"),
  flag("--log-opt list", "Option for the log driver"),
  flag("--mac-address string", "Fixed MAC address"),
  flag("-m, --memory bytes", "Memory cap, e.g. 512m"),
  flag("--memory-reservation bytes", "Soft memory cap"),
  flag("--memory-swap bytes", "Memory plus swap cap (-1 for unlimited swap)"),
  flag("--memory-swappiness int", "Swappiness from 0 to 100", { defaultValue: "-1" }),
  flag("--mount mount", "Attach a mount: type=\u2026,source=\u2026,target=\u2026"),
  flag("--name string", "Give the container a name"),
  flag("--network network", "Network to connect the container to", { hiddenAliases: ["--net"] }),
  flag("--network-alias list", "Extra name for the container on its network", {
    hiddenAliases: ["--net-alias"]
  }),
  flag("--no-healthcheck", "Turn off the image's HEALTHCHECK"),
  flag("--oom-kill-disable", "Keep the OOM killer away from it"),
  flag("--oom-score-adj int", "Host OOM score adjustment, -1000 to 1000"),
  flag("--pid string", "PID namespace mode"),
  flag("--pids-limit int", "Cap on the number of processes (-1 for none)"),
  flag("--platform string", "Image platform to use, e.g. linux/arm64"),
  flag("--privileged", "Give the container nearly full access to the host"),
  flag("-p, --publish list", "Publish a port as host:container"),
  flag("-P, --publish-all", "Publish every exposed port on a random host port"),
  flag("--pull string", "When to pull the image: always, missing or never", { defaultValue: "missing" }),
  flag("-q, --quiet", "Hide the pull progress"),
  flag("--read-only", "Make the root filesystem read-only"),
  flag("--restart string", "Restart policy: no, on-failure[:N], always, unless-stopped", {
    defaultValue: "no"
  }),
  flag("--rm", "Delete the container and its anonymous volumes when it exits"),
  flag("--runtime string", "OCI runtime to run it with"),
  flag("--security-opt list", "Security option (seccomp, apparmor, \u2026)"),
  flag("--shm-size bytes", "Size of /dev/shm"),
  flag("--stop-signal string", "Signal used to stop the container"),
  flag("--stop-timeout int", "Seconds to wait on stop before killing"),
  flag("--storage-opt list", "Storage driver option"),
  flag("--sysctl map", "Kernel parameter for the container"),
  flag("--tmpfs list", "Mount a tmpfs at a path"),
  flag("-t, --tty", "Give the container a terminal"),
  flag("--ulimit ulimit", "Resource limit, e.g. nofile=1024:2048"),
  flag("--use-api-socket", "Mount the Docker API socket, with credentials"),
  flag("-u, --user string", "User to run as: name|uid[:group|gid]"),
  flag("--userns string", "User namespace mode"),
  flag("--uts string", "UTS namespace mode"),
  flag("-v, --volume list", "Mount a volume or host path: source:target[:options]"),
  flag("--volume-driver string", "Volume driver for the container's volumes"),
  flag("--volumes-from list", "Mount every volume of another container"),
  flag("-w, --workdir string", "Working directory inside the container")
];
var FORMAT = flag("--format string", "Output format: table, json or a Go template");
var FORMAT_F = flag("-f, --format string", "Output format: json or a Go template");
var PRUNE_FILTER = flag("--filter filter", "Only prune what matches, e.g. until=24h");
var PRUNE_FORCE = flag("-f, --force", "Skip the confirmation prompt");
var DETACH_KEYS = flag("--detach-keys string", "Key sequence that detaches from the container");
var STOP_FLAGS = [
  flag("-s, --signal string", "Signal to send instead of the default"),
  flag("-t, --timeout int", "Seconds to wait before killing")
];
var COMMANDS = [
  // ── containers ──────────────────────────────────────────────────────────
  {
    path: ["container", "run"],
    aliases: [["run"]],
    summary: "Create a container from an image and start it",
    args: "IMAGE [COMMAND] [ARG...]",
    minArgs: 1,
    flagsStopAtFirstArg: true,
    commandAfter: 1,
    flags: [
      ...CONTAINER_CONFIG_FLAGS,
      flag("-d, --detach", "Run in the background and print the container ID"),
      DETACH_KEYS,
      flag("--sig-proxy", "Forward signals to the container process", ON_BY_DEFAULT)
    ]
  },
  {
    path: ["container", "create"],
    aliases: [["create"]],
    summary: "Create a container without starting it",
    args: "IMAGE [COMMAND] [ARG...]",
    minArgs: 1,
    flagsStopAtFirstArg: true,
    commandAfter: 1,
    flags: CONTAINER_CONFIG_FLAGS
  },
  {
    path: ["container", "start"],
    aliases: [["start"]],
    summary: "Start stopped containers",
    args: "CONTAINER [CONTAINER...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: [
      flag("-a, --attach", "Stream the output and forward signals"),
      flag("--checkpoint string", "Checkpoint to restore from"),
      flag("--checkpoint-dir string", "Directory where checkpoints are kept"),
      DETACH_KEYS,
      flag("-i, --interactive", "Connect your STDIN to the container's")
    ]
  },
  {
    path: ["container", "stop"],
    aliases: [["stop"]],
    summary: "Stop running containers",
    args: "CONTAINER [CONTAINER...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: STOP_FLAGS
  },
  {
    path: ["container", "restart"],
    aliases: [["restart"]],
    summary: "Restart containers",
    args: "CONTAINER [CONTAINER...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: STOP_FLAGS
  },
  {
    path: ["container", "rm"],
    aliases: [["container", "remove"], ["rm"]],
    summary: "Delete containers",
    args: "CONTAINER [CONTAINER...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: [
      flag("-f, --force", "Kill it first if it is running"),
      flag("-l, --link", "Remove a legacy link, not the container"),
      flag("-v, --volumes", "Also delete its anonymous volumes")
    ]
  },
  {
    path: ["container", "ls"],
    aliases: [["container", "list"], ["container", "ps"], ["ps"]],
    summary: "List containers",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag("-a, --all", "Include stopped containers"),
      flag("-f, --filter filter", "Only show matches, e.g. name=web"),
      FORMAT,
      flag("-n, --last int", "Show the n most recently created, any state", { defaultValue: "-1" }),
      flag("-l, --latest", "Show only the most recently created, any state"),
      flag("--no-trunc", "Print IDs and commands in full"),
      flag("-q, --quiet", "Print container IDs only"),
      flag("-s, --size", "Show disk sizes")
    ]
  },
  {
    path: ["container", "logs"],
    aliases: [["logs"]],
    summary: "Print a container's output",
    args: "CONTAINER",
    minArgs: 1,
    maxArgs: 1,
    flags: [
      flag("--details", "Include extra attributes given to the log driver"),
      flag("-f, --follow", "Keep streaming new output"),
      flag("--since string", "Start from a timestamp or relative time like 10m"),
      flag("-n, --tail string", "How many lines from the end to show", { defaultValue: "all" }),
      flag("-t, --timestamps", "Prefix each line with its time"),
      flag("--until string", "Stop at a timestamp or relative time like 10m")
    ]
  },
  {
    path: ["container", "exec"],
    aliases: [["exec"]],
    summary: "Run a command inside a running container",
    args: "CONTAINER COMMAND [ARG...]",
    minArgs: 2,
    flagsStopAtFirstArg: true,
    commandAfter: 1,
    flags: [
      flag("-d, --detach", "Run the command in the background"),
      DETACH_KEYS,
      flag("-e, --env list", "Set an environment variable (KEY=value)"),
      flag("--env-file list", "Load environment variables from a file"),
      flag("-i, --interactive", "Keep STDIN open"),
      flag("--privileged", "Give the command extended privileges"),
      flag("-t, --tty", "Give the command a terminal"),
      flag("-u, --user string", "User to run as: name|uid[:group|gid]"),
      flag("-w, --workdir string", "Working directory for the command")
    ]
  },
  {
    path: ["container", "cp"],
    aliases: [["cp"]],
    summary: "Copy files between a container and the host",
    // Docker's first usage line; the second form is SRC_PATH|- CONTAINER:DEST_PATH.
    args: "CONTAINER:SRC_PATH DEST_PATH|-",
    minArgs: 2,
    maxArgs: 2,
    flags: [
      flag("-a, --archive", "Keep uid/gid ownership"),
      flag("-L, --follow-link", "Follow a symlink in the source path"),
      flag("-q, --quiet", "Hide copy progress")
    ]
  },
  {
    path: ["container", "prune"],
    aliases: [],
    summary: "Delete all stopped containers",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [PRUNE_FILTER, PRUNE_FORCE]
  },
  {
    path: ["container", "stats"],
    aliases: [["stats"]],
    summary: "Show live resource usage",
    args: "[CONTAINER...]",
    minArgs: 0,
    unorderedArgs: true,
    flags: [
      flag("-a, --all", "Include stopped containers"),
      FORMAT,
      flag("--no-stream", "Print one sample and exit"),
      flag("--no-trunc", "Print IDs in full")
    ]
  },
  {
    path: ["container", "inspect"],
    aliases: [],
    summary: "Show the full configuration of containers",
    args: "CONTAINER [CONTAINER...]",
    minArgs: 1,
    flags: [FORMAT_F, flag("-s, --size", "Include disk sizes")]
  },
  {
    path: ["container", "kill"],
    aliases: [["kill"]],
    summary: "Send a signal (SIGKILL by default) to containers",
    args: "CONTAINER [CONTAINER...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: [flag("-s, --signal string", "Signal to send")]
  },
  {
    path: ["container", "top"],
    aliases: [["top"]],
    summary: "List a container's processes",
    args: "CONTAINER [ps OPTIONS]",
    minArgs: 1,
    flagsStopAtFirstArg: true,
    commandAfter: 1,
    flags: []
  },
  {
    path: ["container", "port"],
    aliases: [["port"]],
    summary: "Show a container's published ports",
    args: "CONTAINER [PRIVATE_PORT[/PROTO]]",
    minArgs: 1,
    maxArgs: 2,
    flags: []
  },
  {
    path: ["container", "attach"],
    aliases: [["attach"]],
    summary: "Connect your terminal to a running container's streams",
    args: "CONTAINER",
    minArgs: 1,
    maxArgs: 1,
    flags: [
      DETACH_KEYS,
      flag("--no-stdin", "Do not connect STDIN"),
      flag("--sig-proxy", "Forward signals to the container process", ON_BY_DEFAULT)
    ]
  },
  {
    path: ["container", "pause"],
    aliases: [["pause"]],
    summary: "Freeze every process in containers",
    args: "CONTAINER [CONTAINER...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: []
  },
  {
    path: ["container", "unpause"],
    aliases: [["unpause"]],
    summary: "Resume paused containers",
    args: "CONTAINER [CONTAINER...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: []
  },
  {
    path: ["container", "rename"],
    aliases: [["rename"]],
    summary: "Give a container a new name",
    args: "CONTAINER NEW_NAME",
    minArgs: 2,
    maxArgs: 2,
    flags: []
  },
  // Lifecycle and inspection commands the built-in container deck teaches (issue 10).
  {
    path: ["container", "wait"],
    aliases: [["wait"]],
    summary: "Block until containers stop, then print their exit codes",
    args: "CONTAINER [CONTAINER...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: []
  },
  {
    path: ["container", "diff"],
    aliases: [["diff"]],
    summary: "List files added, changed or deleted in a container's writable layer",
    args: "CONTAINER",
    minArgs: 1,
    maxArgs: 1,
    flags: []
  },
  {
    path: ["container", "commit"],
    aliases: [["commit"]],
    summary: "Save a container's changes as a new image",
    args: "CONTAINER [REPOSITORY[:TAG]]",
    minArgs: 1,
    maxArgs: 2,
    flagsStopAtFirstArg: true,
    flags: [
      flag("-a, --author string", "Author recorded in the new image"),
      flag("-c, --change list", "Dockerfile instruction to apply to the new image (CMD, ENV, \u2026)"),
      flag("-m, --message string", "Message recorded with the commit"),
      flag("-p, --pause", "Freeze the container while committing", ON_BY_DEFAULT)
    ]
  },
  {
    path: ["container", "export"],
    aliases: [["export"]],
    summary: "Write a container's file system as a tar archive",
    args: "CONTAINER",
    minArgs: 1,
    maxArgs: 1,
    flags: [flag("-o, --output string", "File to write instead of STDOUT")]
  },
  {
    path: ["container", "update"],
    aliases: [["update"]],
    summary: "Change resource limits or the restart policy of containers",
    args: "CONTAINER [CONTAINER...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: [
      flag("--blkio-weight uint16", "Relative block IO weight, 10 to 1000 (0 turns it off)", {
        defaultValue: "0"
      }),
      flag("--cpu-period int", "CFS scheduler period used for CPU limits"),
      flag("--cpu-quota int", "CFS scheduler quota used for CPU limits"),
      flag("--cpu-rt-period int", "Real-time scheduling period in microseconds"),
      flag("--cpu-rt-runtime int", "Real-time scheduling runtime in microseconds"),
      flag("-c, --cpu-shares int", "Relative CPU weight"),
      flag("--cpus decimal", "How many CPUs the container may use"),
      flag("--cpuset-cpus string", "Which CPUs may run it, e.g. 0-2"),
      flag("--cpuset-mems string", "Which memory nodes it may use, e.g. 0,1"),
      flag("-m, --memory bytes", "Hard memory cap"),
      flag("--memory-reservation bytes", "Soft memory cap, enforced when the host runs short"),
      flag("--memory-swap bytes", "Memory plus swap cap (-1 for unlimited swap)"),
      flag("--pids-limit int", "Most processes at once (-1 for no limit)"),
      flag("--restart string", "New restart policy")
    ]
  },
  {
    path: ["system", "events"],
    aliases: [["events"]],
    summary: "Stream what happens on the daemon as it happens",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag("-f, --filter filter", "Only show matches, e.g. container=web or event=die"),
      flag("--format string", "Output format: json or a Go template"),
      flag("--since string", "Also show past events from this time on"),
      flag("--until string", "Stop at this time instead of streaming")
    ]
  },
  // ── images ──────────────────────────────────────────────────────────────
  {
    path: ["image", "pull"],
    aliases: [["pull"]],
    summary: "Download an image from a registry",
    args: "NAME[:TAG|@DIGEST]",
    minArgs: 1,
    maxArgs: 1,
    flags: [
      flag("-a, --all-tags", "Download every tag of the repository"),
      flag("--disable-content-trust", "Skip verifying image signatures", ON_BY_DEFAULT),
      flag("--platform string", "Platform to pull, e.g. linux/arm64"),
      flag("-q, --quiet", "Print less")
    ]
  },
  {
    path: ["image", "push"],
    aliases: [["push"]],
    summary: "Upload an image to a registry",
    args: "NAME[:TAG]",
    minArgs: 1,
    maxArgs: 1,
    flags: [
      flag("-a, --all-tags", "Upload every local tag of the repository"),
      flag("--disable-content-trust", "Skip signing the image", ON_BY_DEFAULT),
      flag("--platform string", "Push only this platform of a multi-platform image"),
      flag("-q, --quiet", "Print less")
    ]
  },
  {
    path: ["image", "ls"],
    aliases: [["image", "list"], ["images"]],
    summary: "List images",
    args: "[REPOSITORY[:TAG]]",
    minArgs: 0,
    maxArgs: 1,
    flags: [
      flag("-a, --all", "Include intermediate images"),
      flag("--digests", "Show digests"),
      flag("-f, --filter filter", "Only show matches, e.g. dangling=true"),
      FORMAT,
      flag("--no-trunc", "Print IDs in full"),
      flag("-q, --quiet", "Print image IDs only"),
      flag("--tree", "Show multi-platform images as a tree (experimental)")
    ]
  },
  {
    // This client has no buildx plugin, so `docker build` is the legacy builder and
    // has no --progress/--output/--load flags.
    path: ["image", "build"],
    aliases: [["build"], ["builder", "build"]],
    summary: "Build an image from a Dockerfile",
    args: "PATH | URL | -",
    minArgs: 1,
    maxArgs: 1,
    flags: [
      flag("--add-host list", "Add a host:ip line to /etc/hosts during build"),
      flag("--build-arg list", "Set a build-time variable (ARG)"),
      flag("--cache-from strings", "Images to reuse layers from"),
      flag("--cgroup-parent string", "Parent cgroup for RUN steps"),
      flag("--compress", "Gzip the build context before sending it"),
      flag("--cpu-period int", "CFS scheduler period used for CPU limits"),
      flag("--cpu-quota int", "CFS scheduler quota used for CPU limits"),
      flag("-c, --cpu-shares int", "Relative CPU weight"),
      flag("--cpuset-cpus string", "Which CPUs may run build steps"),
      flag("--cpuset-mems string", "Which memory nodes build steps may use"),
      flag("--disable-content-trust", "Skip verifying image signatures", ON_BY_DEFAULT),
      flag("-f, --file string", "Dockerfile to use (default PATH/Dockerfile)"),
      flag("--force-rm", "Remove intermediate containers even after a failure"),
      flag("--iidfile string", "File to write the image ID into"),
      flag("--isolation string", "Isolation technology (Windows)"),
      flag("--label list", "Attach a key=value label to the image"),
      flag("-m, --memory bytes", "Memory cap for build steps"),
      flag("--memory-swap bytes", "Memory plus swap cap (-1 for unlimited swap)"),
      flag("--network string", "Network mode for RUN steps", { defaultValue: "default" }),
      flag("--no-cache", "Rebuild every step, ignoring the cache"),
      flag("--platform string", "Platform to build for, e.g. linux/arm64"),
      flag("--pull", "Always fetch a newer base image"),
      flag("-q, --quiet", "Print only the image ID"),
      flag("--rm", "Delete intermediate containers after a successful build", ON_BY_DEFAULT),
      flag("--security-opt strings", "Security option for build steps"),
      flag("--shm-size bytes", "Size of /dev/shm for build steps"),
      flag("--squash", "Merge the new layers into one"),
      flag("-t, --tag list", "Name the image, as name:tag"),
      flag("--target string", "Stop at this stage of a multi-stage build"),
      flag("--ulimit ulimit", "Resource limit for build steps")
    ]
  },
  {
    path: ["image", "prune"],
    aliases: [],
    summary: "Delete unused images",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag("-a, --all", "Delete every unused image, not only dangling ones"),
      PRUNE_FILTER,
      PRUNE_FORCE
    ]
  },
  {
    path: ["image", "tag"],
    aliases: [["tag"]],
    summary: "Give an image another name",
    args: "SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]",
    minArgs: 2,
    maxArgs: 2,
    flagsStopAtFirstArg: true,
    flags: []
  },
  {
    path: ["image", "rm"],
    aliases: [["image", "remove"], ["rmi"]],
    summary: "Delete images",
    args: "IMAGE [IMAGE...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: [
      flag("-f, --force", "Delete even if a container uses it"),
      flag("--no-prune", "Keep untagged parent images"),
      flag("--platform strings", "Delete only this platform variant")
    ]
  },
  {
    path: ["image", "history"],
    aliases: [["history"]],
    summary: "Show the layers an image was built from",
    args: "IMAGE",
    minArgs: 1,
    maxArgs: 1,
    flags: [
      FORMAT,
      flag("-H, --human", "Readable sizes and dates", ON_BY_DEFAULT),
      flag("--no-trunc", "Print everything in full"),
      flag("--platform string", "Platform whose history to show"),
      flag("-q, --quiet", "Print layer IDs only")
    ]
  },
  {
    path: ["image", "inspect"],
    aliases: [],
    summary: "Show the full metadata of images",
    args: "IMAGE [IMAGE...]",
    minArgs: 1,
    flags: [FORMAT_F, flag("--platform string", "Platform variant to inspect")]
  },
  {
    path: ["image", "save"],
    aliases: [["save"]],
    summary: "Write images to a tar archive",
    args: "IMAGE [IMAGE...]",
    minArgs: 1,
    flags: [
      flag("-o, --output string", "Tar file to write instead of STDOUT"),
      flag("--platform string", "Save only this platform variant")
    ]
  },
  {
    path: ["image", "load"],
    aliases: [["load"]],
    summary: "Read images from a tar archive",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag("-i, --input string", "Tar file to read instead of STDIN"),
      flag("--platform string", "Load only this platform variant"),
      flag("-q, --quiet", "Print less")
    ]
  },
  // ── system ──────────────────────────────────────────────────────────────
  {
    path: ["system", "prune"],
    aliases: [],
    summary: "Delete stopped containers, unused networks, dangling images and build cache",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag("-a, --all", "Delete every unused image, not only dangling ones"),
      flag("--filter filter", "Only prune what matches, e.g. until=24h"),
      PRUNE_FORCE,
      flag("--volumes", "Also delete anonymous volumes")
    ]
  },
  {
    path: ["system", "df"],
    aliases: [],
    summary: "Show disk space used by docker",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [FORMAT, flag("-v, --verbose", "Break usage down per object")]
  },
  {
    path: ["system", "info"],
    aliases: [["info"]],
    summary: "Show system-wide information",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [FORMAT_F]
  },
  {
    path: ["version"],
    aliases: [],
    summary: "Show client and server versions",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [FORMAT_F]
  },
  {
    // Generic: works on containers, images, networks, volumes… — not an alias of container inspect.
    path: ["inspect"],
    aliases: [],
    summary: "Show the full metadata of any docker object",
    args: "NAME|ID [NAME|ID...]",
    minArgs: 1,
    flags: [
      FORMAT_F,
      flag("-s, --size", "Include disk sizes (containers only)"),
      flag("--type string", "Only look at objects of this type")
    ]
  },
  // ── registries ──────────────────────────────────────────────────────────
  {
    path: ["search"],
    aliases: [],
    summary: "Search Docker Hub for images",
    args: "TERM",
    minArgs: 1,
    maxArgs: 1,
    flags: [
      flag("-f, --filter filter", "Only show matches, e.g. is-official=true"),
      flag("--format string", "Go template for each result"),
      flag("--limit int", "At most this many results"),
      flag("--no-trunc", "Print descriptions in full")
    ]
  },
  {
    path: ["login"],
    aliases: [],
    summary: "Log in to a registry",
    args: "[SERVER]",
    minArgs: 0,
    maxArgs: 1,
    flags: [
      flag("-p, --password string", "Password or access token"),
      flag("--password-stdin", "Read the password or token from STDIN"),
      flag("-u, --username string", "User name")
    ]
  },
  {
    path: ["logout"],
    aliases: [],
    summary: "Forget the credentials for a registry",
    args: "[SERVER]",
    minArgs: 0,
    maxArgs: 1,
    flags: []
  },
  // ── networks ────────────────────────────────────────────────────────────
  {
    path: ["network", "ls"],
    aliases: [["network", "list"]],
    summary: "List networks",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag("-f, --filter filter", "Only show matches, e.g. driver=bridge"),
      FORMAT,
      flag("--no-trunc", "Print IDs in full"),
      flag("-q, --quiet", "Print network IDs only")
    ]
  },
  {
    path: ["network", "create"],
    aliases: [],
    summary: "Create a network",
    args: "NETWORK",
    minArgs: 1,
    maxArgs: 1,
    flags: [
      flag("--attachable", "Let standalone containers join (swarm networks)"),
      flag("--aux-address map", "Extra addresses the driver should reserve"),
      flag("--config-from string", "Network to copy the configuration from"),
      flag("--config-only", "Create a configuration-only network"),
      flag("-d, --driver string", "Network driver", { defaultValue: "bridge" }),
      flag("--gateway strings", "Gateway address for the subnet"),
      flag("--ingress", "Create the swarm routing-mesh network"),
      flag("--internal", "Cut the network off from the outside"),
      flag("--ip-range strings", "Sub-range to hand container addresses from"),
      flag("--ipam-driver string", "IP address management driver", { defaultValue: "default" }),
      flag("--ipam-opt map", "Option for the IPAM driver"),
      flag("--ipv4", "Give containers IPv4 addresses", ON_BY_DEFAULT),
      flag("--ipv6", "Give containers IPv6 addresses"),
      flag("--label list", "Attach a key=value label"),
      flag("-o, --opt map", "Option for the network driver"),
      flag("--scope string", "The network's scope: local or swarm"),
      flag("--subnet strings", "Subnet in CIDR form, e.g. 172.28.0.0/16")
    ]
  },
  {
    path: ["network", "rm"],
    aliases: [["network", "remove"]],
    summary: "Delete networks",
    args: "NETWORK [NETWORK...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: [flag("-f, --force", "No error if the network does not exist")]
  },
  {
    path: ["network", "inspect"],
    aliases: [],
    summary: "Show the full configuration of networks",
    args: "NETWORK [NETWORK...]",
    minArgs: 1,
    flags: [FORMAT_F, flag("-v, --verbose", "Add diagnostic detail")]
  },
  {
    path: ["network", "connect"],
    aliases: [],
    summary: "Attach a container to a network",
    args: "NETWORK CONTAINER",
    minArgs: 2,
    maxArgs: 2,
    flags: [
      flag("--alias strings", "Extra name for the container on this network"),
      flag("--driver-opt strings", "Option for the network driver"),
      flag("--gw-priority int", "Highest priority network supplies the default gateway"),
      flag("--ip string", "Fixed IPv4 address"),
      flag("--ip6 string", "Fixed IPv6 address"),
      flag("--link list", "Legacy link to another container"),
      flag("--link-local-ip strings", "Link-local address for the container")
    ]
  },
  {
    path: ["network", "disconnect"],
    aliases: [],
    summary: "Detach a container from a network",
    args: "NETWORK CONTAINER",
    minArgs: 2,
    maxArgs: 2,
    flags: [flag("-f, --force", "Disconnect even if it resists")]
  },
  {
    path: ["network", "prune"],
    aliases: [],
    summary: "Delete networks no container uses",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [PRUNE_FILTER, PRUNE_FORCE]
  },
  // ── volumes ─────────────────────────────────────────────────────────────
  {
    path: ["volume", "create"],
    aliases: [],
    summary: "Create a volume",
    args: "[VOLUME]",
    minArgs: 0,
    maxArgs: 1,
    flags: [
      flag("--availability string", "Cluster volume availability: active, pause, drain", {
        defaultValue: "active"
      }),
      flag("-d, --driver string", "Volume driver", { defaultValue: "local" }),
      flag("--group string", "Cluster volume group"),
      flag("--label list", "Attach a key=value label"),
      flag("--limit-bytes bytes", "Cluster volume: smallest acceptable size"),
      // Older spelling of the VOLUME argument; still accepted, no longer listed.
      flag("--name string", "Name of the volume (old spelling of the argument)", { hidden: true }),
      flag("-o, --opt map", "Option for the volume driver"),
      flag("--required-bytes bytes", "Cluster volume: largest acceptable size"),
      flag("--scope string", "Cluster volume access scope: single, multi", { defaultValue: "single" }),
      flag("--secret map", "Cluster volume secret"),
      flag("--sharing string", "Cluster volume sharing: none, readonly, onewriter, all", {
        defaultValue: "none"
      }),
      flag("--topology-preferred list", "Cluster volume: preferred topology"),
      flag("--topology-required list", "Cluster volume: topology it must reach"),
      flag("--type string", "Cluster volume access type: mount, block", { defaultValue: "block" })
    ]
  },
  {
    path: ["volume", "ls"],
    aliases: [["volume", "list"]],
    summary: "List volumes",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag("--cluster", "Show only cluster volumes"),
      flag("-f, --filter filter", "Only show matches, e.g. dangling=true"),
      FORMAT,
      flag("-q, --quiet", "Print volume names only")
    ]
  },
  {
    path: ["volume", "rm"],
    aliases: [["volume", "remove"]],
    summary: "Delete volumes",
    args: "VOLUME [VOLUME...]",
    minArgs: 1,
    unorderedArgs: true,
    flags: [flag("-f, --force", "Delete even if docker thinks it is in use")]
  },
  {
    path: ["volume", "inspect"],
    aliases: [],
    summary: "Show the full configuration of volumes",
    args: "VOLUME [VOLUME...]",
    minArgs: 1,
    flags: [FORMAT_F]
  },
  {
    path: ["volume", "prune"],
    aliases: [],
    summary: "Delete volumes no container uses",
    args: "",
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag("-a, --all", "Delete named volumes too, not only anonymous ones"),
      PRUNE_FILTER,
      PRUNE_FORCE
    ]
  }
];
var UNCOVERED_COMMANDS = [
  "builder",
  "buildx",
  "checkpoint",
  "compose",
  "config",
  "context",
  "help",
  "import",
  "manifest",
  "node",
  "plugin",
  "secret",
  "service",
  "stack",
  "swarm",
  "trust",
  "image import",
  "system dial-stdio",
  "volume update"
];

// src/docker/commands.ts
var commandIndex;
var flagIndexes = /* @__PURE__ */ new WeakMap();
var globalIndex;
function getCommandIndex() {
  if (!commandIndex) {
    commandIndex = /* @__PURE__ */ new Map();
    for (const spec of COMMANDS) {
      for (const words of [spec.path, ...spec.aliases]) commandIndex.set(words.join(" "), spec);
    }
  }
  return commandIndex;
}
function findCommand(words) {
  const index = getCommandIndex();
  const [first, second] = words;
  if (first === void 0) return void 0;
  if (second !== void 0) {
    const spec2 = index.get(`${first} ${second}`);
    if (spec2) return { spec: spec2, consumed: 2 };
  }
  const spec = index.get(first);
  return spec ? { spec, consumed: 1 } : void 0;
}
function pathOf(spec) {
  return `docker ${spec.path.join(" ")}`;
}
function commandForPath(path) {
  const words = path.trim().split(/\s+/);
  if (words[0] === "docker") words.shift();
  const found = findCommand(words);
  return found && found.consumed === words.length ? found.spec : void 0;
}
function canonicalPath(words) {
  let rest = words;
  if (rest[0] === "$") rest = rest.slice(1);
  if (rest[0] === "docker") rest = rest.slice(1);
  const reading = readFlags(rest, globalFlagIndex(), { stopAtFirstArg: true, commandLabel: "docker" });
  if ("error" in reading) return void 0;
  const found = findCommand(reading.args);
  return found ? pathOf(found.spec) : void 0;
}
function commandWords() {
  return [...new Set([...getCommandIndex().keys()].map((key) => key.split(" ")[0] ?? ""))];
}
function isUncoveredCommand(words) {
  const [first, second] = words;
  if (first === void 0) return void 0;
  if (second !== void 0 && UNCOVERED_COMMANDS.includes(`${first} ${second}`)) return `${first} ${second}`;
  return UNCOVERED_COMMANDS.includes(first) ? first : void 0;
}
function helpFlagFor(taken) {
  return taken.has("-h") ? flag("--help", "Show usage") : flag("-h, --help", "Show usage");
}
function buildFlagIndex(flags) {
  const index = /* @__PURE__ */ new Map();
  for (const spec of flags) {
    index.set(spec.long, spec);
    if (spec.short) index.set(spec.short, spec);
    for (const alias of spec.hiddenAliases ?? []) index.set(alias, spec);
  }
  const help = helpFlagFor(index);
  index.set(help.long, help);
  if (help.short) index.set(help.short, help);
  return index;
}
function flagIndexFor(spec) {
  let index = flagIndexes.get(spec);
  if (!index) {
    index = buildFlagIndex(spec.flags);
    flagIndexes.set(spec, index);
  }
  return index;
}
function globalFlagIndex() {
  globalIndex ??= buildFlagIndex(GLOBAL_FLAGS);
  return globalIndex;
}
function flagName(flagWord) {
  const word = normalizeDashes(flagWord.trim());
  const eq = word.indexOf("=");
  return eq > 0 ? word.slice(0, eq) : word;
}
function lookupGlobalFlag(flagWord) {
  return globalFlagIndex().get(flagName(flagWord));
}
function lookupFlag(path, flagWord) {
  if (path.trim() === "docker") return lookupGlobalFlag(flagWord);
  const spec = commandForPath(path);
  return spec ? flagIndexFor(spec).get(flagName(flagWord)) : void 0;
}

// src/docker/go-numbers.ts
var INT64_MAX = (1n << 63n) - 1n;
var SIZE_UNITS = {
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5
};
var LIMIT = 1n << 63n;

// src/docker/flag-values.ts
var BYTE_UNITS = [
  ["p", 1024n ** 5n],
  ["t", 1024n ** 4n],
  ["g", 1024n ** 3n],
  ["m", 1024n ** 2n],
  ["k", 1024n]
];

// src/cli/note-grammar.ts
var noteGrammar = {
  commandPath: (words) => canonicalPath(words),
  isUncovered: (words) => isUncoveredCommand(words) !== void 0,
  suggest: (word) => suggest(word, [...commandWords(), ...UNCOVERED_COMMANDS.filter((c) => !c.includes(" "))]),
  flag: (command, flag2) => {
    const spec = lookupFlag(command, flag2);
    return spec && { long: spec.long, ...spec.short ? { short: spec.short } : {} };
  }
};

// src/notes/markdown.ts
import { Marked } from "marked";

// src/notes/control.ts
var ESCAPE_SEQUENCE = new RegExp(
  [
    // OSC, DCS, SOS, PM, APC: introducer, payload, then BEL or ST (ESC \ or U+009C).
    "(?:\\x1b[\\]PX^_]|[\\x90\\x98\\x9d\\x9e\\x9f])[^\\x07\\x1b\\x9c]*(?:\\x07|\\x9c|\\x1b\\\\)",
    // CSI: parameter bytes, intermediate bytes, final byte.
    "(?:\\x1b\\[|\\x9b)[\\x30-\\x3f]*[\\x20-\\x2f]*[\\x40-\\x7e]",
    // Any other ESC sequence: intermediates and one final byte (ESC c, ESC ( B, ESC 7 …).
    "\\x1b[\\x20-\\x2f]*[\\x30-\\x7e]"
  ].join("|"),
  "g"
);
var CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
function stripControl(text) {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}

// src/notes/markdown.ts
var laxHeading = {
  name: "laxHeading",
  level: "block",
  tokenizer(src) {
    const match = /^ {0,3}(#{1,6})([^#\s][^\n]*)(?:\n|$)/.exec(src);
    if (!match) return void 0;
    const text = match[2].replace(/\s+#+\s*$/, "").trim();
    return {
      type: "heading",
      raw: match[0],
      depth: match[1].length,
      text,
      tokens: this.lexer.inlineTokens(text)
    };
  }
};
var lexerInstance = new Marked({ gfm: true, extensions: [laxHeading] });
function lex(markdown) {
  return lexerInstance.lexer(markdown);
}
var countLines = (text) => {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
};
function locate(children, parentRaw, parentLine) {
  const located = [];
  let cursor = 0;
  let line = parentLine;
  for (const child of children) {
    const at = parentRaw.indexOf(child.raw, cursor);
    if (at !== -1) {
      line += countLines(parentRaw.slice(cursor, at));
      cursor = at;
    }
    located.push({ token: child, line });
    if (at !== -1) {
      line += countLines(child.raw);
      cursor = at + child.raw.length;
    }
  }
  return located;
}
function plainText(tokens) {
  return stripControl(inlineText(tokens));
}
function inlineText(tokens) {
  if (!tokens) return "";
  return tokens.map((t) => {
    if ("tokens" in t && Array.isArray(t.tokens) && t.type !== "codespan") return inlineText(t.tokens);
    if (t.type === "codespan") return t.text;
    if (t.type === "br") return "\n";
    return "text" in t ? String(t.text) : "";
  }).join("");
}
function summaryOf(tokens) {
  const paragraph = tokens.find((t) => t.type === "paragraph");
  const list = tokens.find((t) => t.type === "list");
  const firstItem = list?.items[0]?.tokens.find((t) => t.type === "text" || t.type === "paragraph");
  return plainText((paragraph ?? firstItem)?.tokens).replace(/\s+/g, " ").trim();
}
function keyTermsOf(tokens) {
  const found = [];
  const visit = (tokens2) => {
    for (const token of tokens2) {
      if (token.type === "paragraph" || token.type === "text" && "tokens" in token && token.tokens) {
        const inline = token.tokens;
        const text = plainText(inline).replace(/\s+/g, " ").trim();
        const sentences = text.split(/(?<=[.!?。])\s+/);
        for (const t of inline) {
          if (t.type !== "strong" && t.type !== "codespan") continue;
          const term = (t.type === "codespan" ? t.text : plainText(t.tokens)).trim();
          const sentence = sentences.find((s) => s.includes(term));
          const typeable = term.length >= 2 && term.length <= 30 && term.split(/\s+/).length <= 3;
          if (typeable && sentence && sentence.length > term.length + 8 && sentence.length <= 240) {
            found.push({ term, sentence });
          }
        }
      } else if (token.type === "list") {
        for (const item of token.items) visit(item.tokens);
      } else if (token.type === "blockquote") {
        visit(token.tokens);
      }
    }
  };
  visit(tokens);
  return found.slice(0, 8);
}

// src/notes/sections.ts
var CARD_ID = /^[a-z0-9][a-z0-9._/-]*$/;
var ANCHOR = new RegExp(`<!--\\s*id:\\s*(${CARD_ID.source.slice(1, -1)})\\s*-->`, "i");
function anchorOf(token) {
  if (token.type !== "html") return void 0;
  return ANCHOR.exec(token.raw)?.[1]?.toLowerCase();
}
function splitSections(tokens, body, firstLine) {
  const sections = [];
  const stack = [];
  let current = { title: "", depth: 0, line: firstLine, parents: [], blocks: [] };
  let pendingAnchor;
  for (const located of locate(tokens, body, firstLine)) {
    const { token } = located;
    if (token.type === "heading") {
      const heading = token;
      const title = plainText(heading.tokens).trim();
      if (title === "") continue;
      sections.push(current);
      while (stack.length > 0 && stack[stack.length - 1].depth >= heading.depth) stack.pop();
      current = {
        title,
        depth: heading.depth,
        line: located.line,
        parents: stack.map((s) => s.title),
        anchor: pendingAnchor,
        blocks: []
      };
      stack.push({ depth: heading.depth, title });
      pendingAnchor = void 0;
      continue;
    }
    const anchor = anchorOf(token);
    if (anchor) {
      pendingAnchor = anchor;
      current.blocks.push(located);
      continue;
    }
    if (token.type !== "space") pendingAnchor = void 0;
    current.blocks.push(located);
  }
  sections.push(current);
  return sections.filter((s) => s.blocks.length > 0 || s.title !== "");
}

// src/notes/slug.ts
function slugify(text) {
  return text.normalize("NFKC").toLowerCase().replace(/[`*_~]/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
}
function normalizeDashes2(text) {
  return text.replace(
    /(^|\s)[\u2014\u2013\u2012\u2212](?=\w)(\w(?=$|[\s=,])|)/g,
    (_m, before, letter) => letter ? `${before}-${letter}` : `${before}--`
  );
}

// src/notes/bullets.ts
var MARKUP = /* @__PURE__ */ new Set(["codespan", "strong", "em"]);
var COLON = /\s*[:：]\s*/;
function readTermBullet(item) {
  const [first, ...others] = item.tokens;
  if (!first || first.type !== "paragraph" && first.type !== "text") return void 0;
  const inline = first.tokens ?? [];
  const split = splitAtColon(inline);
  if (!split) return void 0;
  const code = others.filter((t) => t.type === "code");
  const anchor = others.map(anchorOf).find(Boolean);
  const rest = others.filter((t) => t.type !== "space" && !anchorOf(t)).map((t) => t.raw.trim()).join("\n\n");
  return { ...split, rest, code, anchor };
}
function splitAtColon(inline) {
  const head = inline[0];
  if (!head) return void 0;
  if (MARKUP.has(head.type)) {
    let i = 1;
    const termTokens = [head];
    while (i < inline.length) {
      const t = inline[i];
      if (MARKUP.has(t.type)) termTokens.push(t);
      else if (t.type === "text" && /^[\s,/]*$/.test(t.raw)) termTokens.push(t);
      else break;
      i++;
    }
    const term2 = normalizeDashes2(plainText(termTokens).trim());
    const next = inline[i];
    if (!next) return { term: term2, marked: true, description: "" };
    if (next.type !== "text" || !/^\s*[:：]/.test(next.raw)) return void 0;
    const description2 = [next.raw.replace(/^\s*[:：]\s*/, ""), ...inline.slice(i + 1).map((t) => t.raw)].join("").trim();
    return { term: term2, marked: true, description: description2 };
  }
  if (head.type !== "text") return void 0;
  const raw = inline.map((t) => t.raw).join("");
  const colon = COLON.exec(raw);
  const term = normalizeDashes2((colon ? raw.slice(0, colon.index) : raw).trim());
  if (term === "" || term.includes("\n")) return void 0;
  const description = colon ? raw.slice(colon.index + colon[0].length).trim() : "";
  return { term, marked: false, description };
}
var FLAG = /^-{1,2}[A-Za-z0-9][\w-]*(=\S*)?$/;
function flagsOf(term) {
  const parts = term.split(/[\s,/|]+/).filter(Boolean).map(normalizeDashes2);
  if (parts.length === 0 || !parts.every((p) => FLAG.test(p))) return void 0;
  return parts.map((p) => p.replace(/=.*$/, ""));
}
var INSTRUCTIONS = new Set(
  "FROM RUN CMD LABEL MAINTAINER EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD STOPSIGNAL HEALTHCHECK SHELL".split(
    " "
  )
);
function isInstruction(term) {
  return INSTRUCTIONS.has(term);
}

// src/notes/card-builder.ts
var CardBuilder = class {
  constructor(deck, file, tags, diagnostics) {
    this.deck = deck;
    this.file = file;
    this.tags = tags;
    this.diagnostics = diagnostics;
  }
  cards = [];
  seen = /* @__PURE__ */ new Map();
  diagnose(line, message) {
    this.diagnostics.push({ file: this.file, line, message });
  }
  /**
   * Adds a card. An id given by the note (`<!-- id: … -->`) that is taken already is reported; a
   * made-up one moves to the next of `alternatives` (longer, more specific ids) without a word.
   */
  add(fields, line, naming2 = {}) {
    let id = fields.id;
    if (this.seen.has(id)) {
      const free = naming2.explicit ? void 0 : naming2.alternatives?.find((alt) => alt && !this.seen.has(alt));
      if (free) id = free;
      else {
        let n = 2;
        while (this.seen.has(`${id}-${n}`)) n++;
        if (naming2.explicit) {
          this.diagnose(
            line,
            `card id '${id}' is used already (line ${this.seen.get(id)}); this one is '${id}-${n}'`
          );
        }
        id = `${id}-${n}`;
      }
    }
    this.seen.set(id, line);
    this.cards.push({
      ...fields,
      id,
      ...textFields(fields.back),
      deck: this.deck.id,
      lang: this.deck.lang,
      tags: [...this.tags],
      source: { file: this.file, line }
    });
  }
  get deckId() {
    return this.deck.id;
  }
};
function textFields(back) {
  const tokens = lex(back);
  const keyTerms = keyTermsOf(tokens);
  return { summary: summaryOf(tokens), ...keyTerms.length > 0 ? { keyTerms } : {} };
}

// src/notes/code-lines.ts
var SHELL_LANGS = /* @__PURE__ */ new Set(["", "bash", "sh", "shell", "console", "zsh", "shell-session", "text", "cmd"]);
function dockerLines(code, lang2, firstLine) {
  if (!SHELL_LANGS.has((lang2 ?? "").trim().toLowerCase())) return [];
  const found = [];
  let description;
  code.split("\n").forEach((raw, index) => {
    const trimmed = raw.trim();
    const comment = /^#\s?(.*)$/.exec(trimmed);
    if (comment) {
      description = comment[1].trim() || void 0;
      return;
    }
    const text = normalizeDashes2(
      trimmed.replace(/^\$\s+/, "").replace(/\s+\/\/.*$/, "").trim()
    );
    if (/^docker(\s|$)/.test(text)) {
      const words = text.split(/\s+/).slice(1);
      found.push({ text, words, line: firstLine + 1 + index, description });
    }
    description = void 0;
  });
  return found;
}

// src/notes/front-matter-fields.ts
function stringField(data, key, say) {
  const value = data[key];
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "string" || typeof value === "number") return String(value);
  say(`front matter '${key}' must be text`);
  return void 0;
}
function deckIdOf(value, fallback, say) {
  const named = typeof value === "string" || typeof value === "number" ? slugify(String(value)) : void 0;
  if (value !== void 0 && !named) say("front matter 'deck' must be a name with letters or digits");
  const id = named || fallback;
  if (id !== "all") return id;
  say("a deck cannot be called 'all' (it means every deck); this one is 'all-deck'");
  return "all-deck";
}
function tagsOf(value, say) {
  if (value === void 0 || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((t) => typeof t === "string")) say("front matter 'tags' must be a list of words");
  return list.filter((t) => typeof t === "string").map(stripControl);
}
function applyNoteId(value, cards, say) {
  if (value === void 0) return;
  const id = String(value).toLowerCase();
  if (!CARD_ID.test(id))
    say(
      `front matter 'id' must be lowercase letters, digits and - . / (got '${stripControl(String(value))}')`
    );
  else if (cards.length !== 1)
    say(`front matter 'id' names a note's only card, but this note has ${cards.length}`);
  else cards[0].id = id;
}

// src/notes/frontmatter.ts
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
var FrontMatterError = class extends Error {
  constructor(message, line = 1) {
    super(message);
    this.line = line;
  }
};
function parseYamlBlock(text) {
  try {
    return parseYaml(text, { maxAliasCount: 50, prettyErrors: true }) ?? {};
  } catch (err) {
    const e = err;
    const message = (e.message ?? String(err)).split("\n")[0];
    throw new FrontMatterError(`front matter: ${message}`, e.linePos?.[0]?.line ?? 1);
  }
}
var refuse = (name) => () => {
  throw new FrontMatterError(`front matter in '${name}' is not allowed; only YAML front matter is read`);
};
var ENGINES = {
  yaml: parseYamlBlock,
  yml: parseYamlBlock,
  js: refuse("js"),
  javascript: refuse("javascript"),
  coffee: refuse("coffee"),
  coffeescript: refuse("coffeescript"),
  cson: refuse("cson"),
  json: refuse("json"),
  toml: refuse("toml")
};
function readFrontMatter(text) {
  if (!/^---[ \t]*[A-Za-z]*[ \t]*\n/.test(text)) return { data: {}, body: text, bodyLine: 0 };
  if (!/\n---[ \t]*(\n|$)/.test(text))
    throw new FrontMatterError("front matter is not closed with a `---` line");
  let file;
  try {
    file = matter(text, { engines: ENGINES, language: "yaml" });
  } catch (err) {
    if (err instanceof FrontMatterError) throw err;
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new FrontMatterError(`front matter: ${message}`);
  }
  const language = file.language;
  if (language && !["yaml", "yml"].includes(language.toLowerCase())) refuse(language)();
  const data = file.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new FrontMatterError("front matter must be a YAML mapping (key: value lines)");
  }
  const consumed = text.length - file.content.length;
  const bodyLine = text.slice(0, consumed).split("\n").length - 1;
  return { data, body: file.content, bodyLine };
}

// src/notes/parse.ts
var HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
function parseNote(source, options) {
  const { file } = options;
  const text = stripControl(source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  const fallbackDeck = slugify(
    file.split(/[\\/]/).pop().replace(/\.(md|markdown)$/i, "").replace(/[_.]+/g, "-")
  );
  const diagnostics = [];
  let front;
  try {
    front = readFrontMatter(text);
  } catch (err) {
    const problem = err instanceof FrontMatterError ? err : new FrontMatterError(String(err));
    diagnostics.push({ file, line: problem.line, message: problem.message });
    const deck2 = { id: fallbackDeck, title: fallbackDeck, lang: "en", origin: options.origin ?? file };
    return { deck: deck2, cards: [], diagnostics };
  }
  const data = front.data;
  const say = (message) => diagnostics.push({ file, line: 1, message });
  const tokens = lex(front.body);
  const sections = splitSections(tokens, front.body, front.bodyLine + 1);
  const firstTitle = sections.find((s) => s.depth === 1)?.title;
  const deck = {
    id: deckIdOf(data.deck, fallbackDeck, say),
    title: stripControl(stringField(data, "title", say) ?? firstTitle ?? fallbackDeck),
    lang: stringField(data, "lang", say) ?? (HANGUL.test(front.body) ? "ko" : "en"),
    origin: options.origin ?? file
  };
  const tags = tagsOf(data.tags, say);
  const builder = new CardBuilder(deck, file, tags, diagnostics);
  for (const section of sections) readSection(section, builder, options.grammar);
  applyNoteId(data.id, builder.cards, say);
  if (builder.cards.length === 0 && front.body.trim() !== "") {
    say(
      /\u0000/.test(source) ? "not a text file" : "nothing to study here: no headings with text, bullets or questions"
    );
  }
  const cards = builder.cards.sort((a, b) => a.source.line - b.source.line);
  return { deck, cards, diagnostics };
}
function naming(section, id) {
  return { alternatives: [`${id}-${slugify(section.title)}`] };
}
function qualify(deckId, section) {
  return [deckId, ...section.parents.slice(-1), section.title].map(slugify).filter(Boolean).join("-");
}
var commandId = (path) => path.replace(/^docker\s+/, "").replace(/\s+/g, "-");
function readSection(section, builder, grammar) {
  const lines = resolveDockerLines(section, builder, grammar);
  const paths = [...new Set(lines.map((l) => l.path))];
  const made = builder.cards.length;
  if (paths.length === 1) {
    const path = paths[0];
    const back = markdownOf(section.blocks.filter((b) => !isQuestion(b.token) && isContent(b.token)));
    builder.add(
      commandCard(path, section.title || `\`${path}\``, back, lines, section.anchor),
      section.line,
      section.anchor ? { explicit: true } : naming(section, commandId(path))
    );
  }
  for (const path of paths.length > 1 ? paths : []) {
    const mine = lines.filter((l) => l.path === path);
    const lead = leadingText(section.blocks, mine[0].line);
    const back = [lead, fence(mine.map((l) => l.text))].filter(Boolean).join("\n\n");
    builder.add(
      commandCard(path, `\`${path}\``, back, mine),
      mine[0].line,
      naming(section, commandId(path))
    );
  }
  const consumed = /* @__PURE__ */ new Set();
  readBullets(section, builder, grammar, paths[0], lines, consumed);
  const beforeQuestions = builder.cards.length;
  readQuestions(section, builder, consumed);
  const bodyBlocks = section.blocks.filter((b) => !consumed.has(b.token) && isContent(b.token));
  if (beforeQuestions === made && section.title !== "" && bodyBlocks.length > 0) {
    const question = section.parents.at(-1);
    const answers = question !== void 0 && ANSWER_HEADING.test(section.title);
    const front = answers ? question : question?.endsWith("?") ? `${question} \u203A ${section.title}` : section.title;
    const id = `${builder.deckId}-${slugify(answers ? question : section.title) || "section"}`;
    builder.add(
      { id: section.anchor ?? id, kind: answers ? "qa" : "concept", front, back: markdownOf(bodyBlocks) },
      section.line,
      section.anchor ? { explicit: true } : { alternatives: [qualify(builder.deckId, section)] }
    );
  }
}
var ANSWER_HEADING = /^(answers?|solution|explanation|정답|답|답변|해설)\s*[:：]?$/i;
function commandCard(path, front, back, lines, anchor) {
  const mine = lines.filter((l) => l.path === path);
  return {
    id: anchor ?? commandId(path),
    kind: "command",
    front,
    back,
    command: path,
    examples: mine.map((l) => l.text),
    ...tasksOf(mine)
  };
}
function tasksOf(lines) {
  const tasks = lines.filter((l) => l.description).map((l) => ({ prompt: l.description, command: l.text }));
  return tasks.length > 0 ? { tasks } : {};
}
function resolveDockerLines(section, builder, grammar) {
  const resolved = [];
  for (const { token, line } of section.blocks) {
    if (token.type !== "code") continue;
    const code = token;
    const first = code.codeBlockStyle === "indented" ? line - 1 : line;
    for (const dl of dockerLines(code.text, code.lang, first)) {
      const path = dl.words.length > 0 ? grammar.commandPath(dl.words) : void 0;
      const word = dl.words[0] ?? "";
      if (path) resolved.push({ ...dl, path });
      else if (/^[a-z]/.test(word) && !grammar.isUncovered(dl.words)) {
        const hint = grammar.suggest(word);
        builder.diagnose(
          dl.line,
          `'docker ${word}' is not a docker command${hint ? ` (did you mean 'docker ${hint}'?)` : ""}`
        );
      }
    }
  }
  return resolved;
}
function readBullets(section, builder, grammar, command, lines, consumed) {
  let pendingAnchor;
  for (const { token, line } of section.blocks) {
    const anchor = anchorOf(token);
    if (anchor) {
      pendingAnchor = anchor;
      continue;
    }
    if (token.type !== "list") {
      if (token.type !== "space") pendingAnchor = void 0;
      continue;
    }
    const list = token;
    let madeAll = list.items.length > 0;
    for (const { token: item, line: itemLine } of locate(list.items, list.raw, line)) {
      const bullet = readTermBullet(item);
      const card = bullet && bulletCard(
        bullet,
        builder.deckId,
        grammar,
        command,
        lines,
        (message) => builder.diagnose(itemLine, message)
      );
      if (!card) {
        madeAll = false;
        continue;
      }
      const anchor2 = bullet.anchor ?? pendingAnchor;
      builder.add(
        { ...card, id: anchor2 ?? card.id },
        itemLine,
        anchor2 ? { explicit: true } : naming(section, card.id)
      );
      pendingAnchor = void 0;
    }
    if (madeAll) consumed.add(token);
    pendingAnchor = void 0;
  }
}
function bulletCard(bullet, deckId, grammar, command, lines, say) {
  const back = [bullet.description, bullet.rest].filter(Boolean).join("\n\n");
  const flags = flagsOf(bullet.term);
  const unknown = command ? flags?.filter((f) => !resolveFlag(grammar, command, f)) : void 0;
  if (command && unknown && unknown.length > 0) say(`'${command}' has no flag '${unknown[0]}'`);
  if (flags && command && unknown?.length === 0) {
    const resolved = flags.flatMap((f) => resolveFlag(grammar, command, f) ?? []);
    const longs = [...new Set(resolved.map((r) => r.long))];
    const shortForm = flags.find((f) => !f.startsWith("--")) ?? resolved.find((r) => r.short)?.short;
    const using = lines.filter(
      (l) => l.path === command && l.words.some((w) => flags.includes(w.replace(/=.*$/, "")) || longs.includes(w.replace(/=.*$/, "")))
    );
    return {
      id: `${commandId(command)}-${longs.map((l) => l.replace(/^-+/, "")).join("-")}`,
      kind: "flag",
      front: `\`${command}\` \`${flags.join(", ")}\``,
      // What the note says of the flag, then the section's examples that use it.
      back: [back, fence(using.map((l) => l.text))].filter(Boolean).join("\n\n"),
      command,
      flag: longs.join(" "),
      ...shortForm ? { short: shortForm } : {},
      term: bullet.term,
      examples: using.map((l) => l.text),
      ...tasksOf(using)
    };
  }
  if (!bullet.marked && bullet.description === "") return void 0;
  if (isInstruction(bullet.term)) {
    const examples = bullet.code.flatMap((c) => c.text.split("\n").filter((l) => l.trim() !== ""));
    return {
      id: `dockerfile-${bullet.term.toLowerCase()}`,
      kind: "instruction",
      front: `\`${bullet.term}\``,
      back,
      term: bullet.term,
      ...examples.length > 0 ? { examples } : {}
    };
  }
  if (!bullet.marked || bullet.description === "") return void 0;
  return {
    id: `${deckId}-${slugify(bullet.term) || "term"}`,
    kind: "term",
    front: `**${bullet.term}**`,
    back,
    term: bullet.term
  };
}
function resolveFlag(grammar, command, flag2) {
  const known = grammar.flag(command, flag2);
  if (known) return [known];
  if (/^-[A-Za-z]{2,}$/.test(flag2)) {
    const letters = [...flag2.slice(1)].map((c) => grammar.flag(command, `-${c}`));
    if (letters.every(Boolean)) return letters;
  }
  return void 0;
}
function isQuestion(token) {
  if (token.type !== "blockquote") return false;
  const first = token.tokens.find((t) => t.type !== "space");
  return first?.type === "paragraph" && /[?？]\s*$/.test(plainText(first.tokens));
}
function readQuestions(section, builder, consumed) {
  let pendingAnchor;
  for (const { token, line } of section.blocks) {
    const anchor = anchorOf(token);
    if (anchor) pendingAnchor = anchor;
    if (!isQuestion(token)) {
      if (!anchor && token.type !== "space") pendingAnchor = void 0;
      continue;
    }
    const [question, ...answer] = token.tokens.filter((t) => t.type !== "space");
    const front = plainText(question.tokens).trim();
    const back = answer.map((t) => t.raw.trim()).join("\n\n");
    if (back === "") {
      builder.diagnose(line, `the question '${front}' has no answer below it in the quote`);
      continue;
    }
    const id = [builder.deckId, slugify(section.title), slugify(front)].filter(Boolean).join("-");
    builder.add(
      { id: pendingAnchor ?? id, kind: "qa", front, back },
      line,
      pendingAnchor ? { explicit: true } : { alternatives: [`${qualify(builder.deckId, section)}-${slugify(front)}`] }
    );
    consumed.add(token);
    pendingAnchor = void 0;
  }
}
function isContent(token) {
  return token.type !== "space" && token.type !== "hr" && !anchorOf(token) && !isHtmlComment(token);
}
function isHtmlComment(token) {
  return token.type === "html" && /^\s*<!--[\s\S]*-->\s*$/.test(token.raw);
}
function markdownOf(blocks) {
  return blocks.map((b) => b.token.raw.trim()).filter(Boolean).join("\n\n");
}
function leadingText(blocks, line) {
  const before = blocks.filter((b) => b.line < line);
  const lastCode = before.findLastIndex((b, i) => b.token.type === "code" && i < before.length - 1);
  return markdownOf(before.slice(lastCode + 1).filter((b) => b.token.type !== "code" && isContent(b.token)));
}
function fence(lines) {
  return lines.length > 0 ? `\`\`\`bash
${lines.join("\n")}
\`\`\`` : "";
}

// ../../../tmp/cc/ids.ts
var root = "/work/wt/content-core/content";
var lang = process.argv[2];
for (const name of readdirSync(join(root, lang)).filter((n) => n.endsWith(".md")).sort()) {
  const note = parseNote(readFileSync(join(root, lang, name), "utf8"), { file: `content/${lang}/${name}`, grammar: noteGrammar });
  for (const c of note.cards) console.log(c.id, c.kind);
}
