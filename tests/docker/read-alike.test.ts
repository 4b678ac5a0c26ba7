import { describe, expect, it } from 'vitest';
import { compareCommands } from '../../src/docker/index.js';

// Commands docker reads alike although they are spelled differently (issue 9), each beside a
// look-alike that docker reads differently and the grader must reject.
const CASES: Array<{ name: string; expected: string; same: string[]; different: string[] }> = [
  {
    name: 'an image without a tag is :latest',
    expected: 'docker container run -d nginx',
    same: [
      'docker run -d nginx:latest',
      'docker run -d docker.io/library/nginx',
      'docker run -d library/nginx',
    ],
    different: ['docker run -d nginx:1.27', 'docker run -d example/nginx'],
  },
  {
    name: 'docker.io/library/ is the default registry and namespace',
    expected: 'docker image pull redis:7.2',
    same: ['docker pull docker.io/library/redis:7.2', 'docker pull index.docker.io/library/redis:7.2'],
    different: [
      'docker pull redis:7',
      'docker pull registry.example.com/library/redis:7.2',
      'docker pull redis',
    ],
  },
  {
    name: 'image references in both slots of tag and in rm',
    expected: 'docker image tag example/echo:1.0 example/echo:latest',
    same: ['docker tag example/echo:1.0 example/echo', 'docker tag docker.io/example/echo:1.0 example/echo'],
    different: ['docker tag example/echo example/echo:latest'],
  },
  {
    name: 'docker image ls keeps its repository filter as written (nginx lists every tag)',
    expected: 'docker image ls nginx',
    same: ['docker images nginx'],
    different: ['docker image ls nginx:latest'],
  },
  {
    name: 'docker image ls REPOSITORY is the filter reference=REPOSITORY',
    expected: 'docker image ls nginx',
    same: [
      'docker image ls --filter reference=nginx',
      'docker images -f reference=nginx',
      'docker image list --filter=reference=nginx',
    ],
    different: [
      'docker image ls --filter reference=nginx:latest',
      'docker image ls --filter reference=redis',
      'docker image ls --filter label=nginx',
      'docker image ls',
    ],
  },
  {
    name: 'the filter reference= is the REPOSITORY[:TAG] argument, the other way round',
    expected: 'docker image ls --filter reference=nginx:1.27',
    same: ['docker image ls nginx:1.27', 'docker images nginx:1.27'],
    different: ['docker image ls nginx', 'docker image ls --filter reference=nginx:1.27 -a'],
  },
  {
    name: 'docker login with no server logs in to Docker Hub',
    expected: 'docker login',
    same: [
      'docker login docker.io',
      'docker login index.docker.io',
      'docker login registry-1.docker.io',
      'docker login https://index.docker.io/v1/',
    ],
    different: [
      'docker login ghcr.io',
      'docker login docker.io.example.com',
      'docker login localhost:5000',
      'docker logout',
    ],
  },
  {
    name: 'docker login to Docker Hub with a user, the server named or not',
    expected: 'docker login -u alice docker.io',
    same: ['docker login -u alice', 'docker login --username=alice index.docker.io'],
    different: ['docker login -u alice ghcr.io', 'docker login -u bob docker.io'],
  },
  {
    name: 'docker logout from Docker Hub likewise',
    expected: 'docker logout',
    same: ['docker logout docker.io'],
    different: ['docker logout ghcr.io'],
  },
  {
    name: 'generic docker inspect for a container',
    expected: 'docker container inspect web',
    same: [
      'docker inspect web',
      'docker inspect --type container web',
      'docker inspect --type=container web',
    ],
    different: ['docker inspect --type image web', 'docker image inspect web', 'docker inspect cache'],
  },
  {
    name: 'generic docker inspect keeps the format',
    expected: "docker container inspect --format '{{.State.Status}}' web",
    same: ["docker inspect -f '{{.State.Status}}' web"],
    different: ["docker inspect -f '{{.State}}' web", 'docker inspect web'],
  },
  {
    name: 'generic docker inspect for an image',
    expected: 'docker image inspect nginx',
    same: ['docker inspect nginx', 'docker inspect --type image nginx'],
    different: ['docker inspect --type container nginx', 'docker inspect -s nginx'],
  },
  {
    name: 'docker buildx build is docker build for the flags they share',
    expected: 'docker image build -t myapp:1.0 .',
    same: ['docker buildx build -t myapp:1.0 .', 'docker buildx b --tag myapp:1.0 .'],
    different: [
      'docker buildx build -t myapp:1.1 .',
      'docker buildx build --no-cache -t myapp:1.0 .',
      'docker buildx build --push -t myapp:1.0 .',
    ],
  },
  {
    name: 'capabilities in any case, with or without CAP_',
    expected: 'docker container run -d --cap-drop ALL --cap-add NET_BIND_SERVICE nginx',
    same: [
      'docker run -d --cap-drop all --cap-add net_bind_service nginx',
      'docker run -d --cap-drop ALL --cap-add CAP_NET_BIND_SERVICE nginx',
    ],
    different: [
      'docker run -d --cap-drop ALL --cap-add NET_ADMIN nginx',
      'docker run -d --cap-add NET_BIND_SERVICE nginx',
    ],
  },
  {
    name: 'no-new-privileges bare or set to true',
    expected: 'docker container run -d --security-opt no-new-privileges myapp:1.0',
    same: [
      'docker run -d --security-opt no-new-privileges:true myapp:1.0',
      'docker run -d --security-opt no-new-privileges=true myapp:1.0',
    ],
    different: [
      'docker run -d --security-opt no-new-privileges:false myapp:1.0',
      'docker run -d --security-opt seccomp=unconfined myapp:1.0',
    ],
  },
  {
    name: 'a signal by name, without SIG or by number',
    expected: 'docker container kill -s SIGHUP web',
    same: [
      'docker kill -s HUP web',
      'docker kill -s 1 web',
      'docker kill --signal=hup web',
      'docker kill -s SIGhup web',
    ],
    different: ['docker kill -s 9 web', 'docker kill -s SIGTERM web', 'docker kill web'],
  },
  {
    name: 'a stop signal by name or number',
    expected: 'docker container stop -s SIGQUIT web',
    same: ['docker stop -s QUIT web', 'docker stop -s 3 web'],
    different: ['docker stop -s 2 web'],
  },
  {
    name: 'a status filter lists stopped containers too, so -a adds nothing',
    expected: 'docker container ls -a --filter status=exited',
    same: ['docker ps -f status=exited', 'docker ps --filter=status=exited'],
    different: ['docker ps -f status=running', 'docker ps -a'],
  },
  {
    name: 'other filters do not imply -a',
    expected: 'docker container ls --filter name=web',
    same: ['docker ps -f name=web'],
    different: ['docker ps -a -f name=web'],
  },
  {
    name: 'start -i attaches the output as well as STDIN',
    expected: 'docker container start -ai toolbox',
    same: ['docker start -i toolbox', 'docker start -a -i toolbox', 'docker start --interactive toolbox'],
    different: ['docker start -a toolbox', 'docker start toolbox'],
  },
  {
    name: 'relative times by value',
    expected: 'docker container logs --since 10m web',
    same: ['docker logs --since 600s web', 'docker logs --since=10m0s web'],
    different: ['docker logs --since 1h web', 'docker logs --since 10s web'],
  },
  {
    name: 'a time in a prune filter by value',
    expected: 'docker container prune -f --filter until=24h',
    same: [
      'docker container prune -f --filter until=1440m',
      'docker container prune -f --filter until=86400s',
    ],
    different: [
      'docker container prune -f --filter until=12h',
      'docker container prune -f --filter label=24h',
    ],
  },
  {
    name: 'TCP is the default protocol of a published port',
    expected: 'docker container run -d -p 3000:3000 myapp:1.0',
    same: ['docker run -d -p 3000:3000/tcp myapp:1.0'],
    different: ['docker run -d -p 3000:3000/udp myapp:1.0', 'docker run -d -p 3000:3001 myapp:1.0'],
  },
  {
    name: 'a Go template with spaces inside its braces',
    expected: "docker image inspect --format '{{.Os}}/{{.Architecture}}' myapp:1.0",
    same: ["docker inspect -f '{{ .Os }}/{{ .Architecture }}' myapp:1.0"],
    different: ["docker image inspect --format '{{.Os}} / {{.Architecture}}' myapp:1.0"],
  },
  {
    name: '--time, the old spelling of --timeout',
    expected: 'docker container stop -t 30 web',
    same: ['docker stop --time 30 web', 'docker stop --time=30 web'],
    different: ['docker stop --time 3 web'],
  },
  {
    name: './ is the current directory',
    expected: 'docker image build -t myapp:1.0 .',
    same: ['docker build -t myapp:1.0 ./', 'docker build -t myapp:1.0 ././'],
    different: ['docker build -t myapp:1.0 ..', 'docker build -t myapp:1.0 /'],
  },
  {
    name: './ is the current directory for docker cp too',
    expected: 'docker container cp web:/etc/nginx/nginx.conf .',
    same: ['docker cp web:/etc/nginx/nginx.conf ./'],
    different: ['docker cp web:/etc/nginx/nginx.conf ..', 'docker cp web:/etc/nginx/ .'],
  },
];

describe('commands docker reads alike', () => {
  for (const { name, expected, same, different } of CASES) {
    describe(name, () => {
      it.each(same)('accepts %s', (typed) => {
        const result = compareCommands(expected, typed);
        expect(result.diffs.map((d) => d.problem).concat(result.error ?? [])).toEqual([]);
        expect(result.equal).toBe(true);
      });
      it.each(different)('rejects %s', (typed) => {
        expect(compareCommands(expected, typed).equal).toBe(false);
      });
    });
  }
});
