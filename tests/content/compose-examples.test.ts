import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fencesOf, loadContent } from './content-files.js';

// Every ```yaml block of the built-in decks that is a Compose file must parse as YAML and use only
// keys the Compose Specification defines (the compose reference; `x-` extensions are always allowed).

const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

const TOP_LEVEL = words('version name include services networks volumes configs secrets models');
// What marks a YAML document as a Compose file rather than, say, a Kubernetes manifest.
const COMPOSE_MARKERS = ['services', 'networks', 'volumes', 'configs', 'secrets', 'include'];

const SERVICE = words(`
  annotations attach blkio_config build cap_add cap_drop cgroup cgroup_parent command configs
  container_name cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime cpu_shares
  cpus cpuset credential_spec depends_on deploy develop device_cgroup_rules devices dns dns_opt
  dns_search domainname entrypoint env_file environment expose extends external_links extra_hosts
  gpus group_add healthcheck hostname image init ipc isolation labels label_file links logging
  mac_address mem_limit mem_reservation mem_swappiness memswap_limit models network_mode networks
  oom_kill_disable oom_score_adj pid pids_limit platform ports post_start pre_stop privileged
  profiles provider pull_policy read_only restart runtime scale secrets security_opt shm_size
  stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs tty ulimits use_api_socket
  user userns_mode uts volumes volumes_from working_dir`);

// Keys of the long forms inside a service, by the service key they sit under.
const NESTED: Record<string, Set<string>> = {
  build: words(`context dockerfile dockerfile_inline args ssh cache_from cache_to additional_contexts
    entitlements extra_hosts isolation privileged labels no_cache pull network shm_size target secrets
    tags ulimits platforms`),
  healthcheck: words('test interval timeout retries start_period start_interval disable'),
  deploy: words(`endpoint_mode labels mode placement replicas resources restart_policy rollback_config
    update_config`),
  logging: words('driver options'),
  develop: words('watch'),
};
// Entries of lists or maps of long-form items.
const ITEMS: Record<string, Set<string>> = {
  ports: words('target published host_ip protocol app_protocol mode name'),
  volumes: words('type source target read_only bind volume tmpfs image consistency'),
  depends_on: words('condition restart required'),
  networks: words(`aliases ipv4_address ipv6_address link_local_ips mac_address driver_opts priority
    gw_priority interface_name`),
  secrets: words('source target uid gid mode'),
  configs: words('source target uid gid mode'),
  env_file: words('path required format'),
};
const DEFINITIONS: Record<string, Set<string>> = {
  networks: words('driver driver_opts attachable enable_ipv4 enable_ipv6 external ipam internal labels name'),
  volumes: words('driver driver_opts external labels name'),
  secrets: words('file environment external name'),
  configs: words('file environment content external name'),
};
const CONDITIONS = words('service_started service_healthy service_completed_successfully');
const VOLUME_TYPES = words('volume bind tmpfs npipe cluster image');

type Map = Record<string, unknown>;
// Compose files use YAML merge keys (`<<: *common`), which YAML 1.2 leaves to the parser's choice.
const parseYaml = (text: string) => parseDocument(text, { merge: true });

const isMap = (value: unknown): value is Map =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const extension = (key: string) => key.startsWith('x-');

/** Whether a parsed YAML document is meant as a Compose file. */
function looksLikeCompose(doc: unknown): doc is Map {
  if (!isMap(doc)) return false;
  const keys = Object.keys(doc);
  if ('services' in doc) return true;
  return keys.some((k) => COMPOSE_MARKERS.includes(k)) && keys.every((k) => TOP_LEVEL.has(k) || extension(k));
}

/** Keys Compose does not know, as `path.to.key` messages. */
function composeProblems(doc: Map): string[] {
  const problems: string[] = [];
  const unknown = (where: string, value: unknown, known: Set<string>) => {
    if (!isMap(value)) return;
    for (const key of Object.keys(value)) {
      if (!known.has(key) && !extension(key)) problems.push(`${where}.${key} is not a Compose key`);
    }
  };
  unknown('(top level)', doc, TOP_LEVEL);
  for (const [section, known] of Object.entries(DEFINITIONS)) {
    const defs = doc[section];
    if (isMap(defs))
      for (const [name, def] of Object.entries(defs)) unknown(`${section}.${name}`, def, known);
  }
  const services = doc.services;
  if (services !== undefined && !isMap(services)) problems.push('services must be a map of service names');
  for (const [name, service] of Object.entries(isMap(services) ? services : {})) {
    const where = `services.${name}`;
    if (!isMap(service)) {
      problems.push(`${where} must be a map`);
      continue;
    }
    unknown(where, service, SERVICE);
    for (const [key, known] of Object.entries(NESTED)) unknown(`${where}.${key}`, service[key], known);
    for (const [key, known] of Object.entries(ITEMS)) {
      const value = service[key];
      const items = Array.isArray(value) ? value : isMap(value) ? Object.values(value) : [];
      for (const [i, item] of items.entries()) unknown(`${where}.${key}[${i}]`, item, known);
    }
    const dependsOn = service.depends_on;
    if (isMap(dependsOn)) {
      for (const [dep, spec] of Object.entries(dependsOn)) {
        const condition = isMap(spec) ? spec.condition : undefined;
        if (condition !== undefined && !CONDITIONS.has(String(condition))) {
          problems.push(`${where}.depends_on.${dep}.condition '${condition}' is not a Compose condition`);
        }
      }
    }
    for (const volume of Array.isArray(service.volumes) ? service.volumes : []) {
      if (isMap(volume) && volume.type !== undefined && !VOLUME_TYPES.has(String(volume.type))) {
        problems.push(`${where}.volumes type '${volume.type}' is not a Compose mount type`);
      }
    }
  }
  return problems;
}

describe('Compose examples in the built-in decks', () => {
  const fences = (['ko', 'en'] as const)
    .flatMap(loadContent)
    .flatMap(fencesOf)
    .filter((f) => f.lang === 'yaml' || f.lang === 'yml');
  const parsed = fences.map((fence) => ({ fence, doc: parseYaml(fence.text) }));
  const compose = parsed.filter(({ doc }) => doc.errors.length > 0 || looksLikeCompose(doc.toJS()));

  it('are there to check', () => {
    expect(compose.length).toBeGreaterThanOrEqual(2);
  });

  it('parse as YAML', () => {
    const errors = parsed.flatMap(({ fence, doc }) => doc.errors.map((e) => `${fence.where}: ${e.message}`));
    expect(errors).toEqual([]);
  });

  it('use only keys Compose knows', () => {
    const problems = compose.flatMap(({ fence, doc }) =>
      composeProblems(doc.toJS()).map((p) => `${fence.where}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('are held to rules that catch real mistakes', () => {
    const check = (text: string) => composeProblems(parseYaml(text).toJS());
    expect(check('services:\n  web:\n    image: nginx\n    port:\n      - "80:80"')).toEqual([
      'services.web.port is not a Compose key',
    ]);
    expect(
      check(
        'services:\n  db:\n    image: postgres\n  web:\n    depends_on:\n      db:\n        condition: healthy',
      ),
    ).toEqual(["services.web.depends_on.db.condition 'healthy' is not a Compose condition"]);
    expect(check('services:\n  web:\n    healthcheck:\n      command: curl -f http://localhost')).toEqual([
      'services.web.healthcheck.command is not a Compose key',
    ]);
    expect(check('service:\n  web:\n    image: nginx')).toEqual(['(top level).service is not a Compose key']);
    expect(check('x-common: &c\n  restart: always\nservices:\n  web:\n    <<: *c\n    image: nginx')).toEqual(
      [],
    );
    expect(looksLikeCompose(parseYaml('apiVersion: v1\nkind: Pod').toJS())).toBe(false);
  });
});
