import { describe, expect, it } from 'vitest';
import { canonicalCommand, compareCommands } from '../../src/docker/index.js';

// Spellings that mean the same to docker: each must grade as equal, both ways.
const SAME: Array<[string, string]> = [
  // run
  [
    'docker run -d -p 9000:8080 example/echo',
    'docker container run --detach --publish 9000:8080 example/echo',
  ],
  ['docker run -d -p 9000:8080 example/echo', 'docker run -p 9000:8080 -d example/echo'],
  ['docker run -p 9000:8080 x', 'docker run -p9000:8080 x'],
  ['docker run -p 9000:8080 x', 'docker run --publish=9000:8080 x'],
  ['docker run -p 9000:8080 x', 'docker run -p=9000:8080 x'],
  ['docker run --name web nginx', 'docker run --name=web nginx'],
  ['docker run -it alpine sh', 'docker run -i -t alpine sh'],
  ['docker run -it alpine sh', 'docker run -ti alpine sh'],
  ['docker run -it alpine sh', 'docker run --interactive --tty alpine sh'],
  ['docker run -itp 80:80 nginx', 'docker run -i -t -p 80:80 nginx'],
  ['docker run --rm alpine', 'docker run --rm=true alpine'],
  ['docker run alpine', 'docker run --detach=false alpine'],
  ['docker run alpine', 'docker run -d=false alpine'],
  ['docker run -e A=1 -e B=2 x', 'docker run -e B=2 -e A=1 x'],
  ['docker run -e A=1 x', 'docker run --env=A=1 x'],
  ['docker run --name b x', 'docker run --name a --name b x'],
  ['docker run --network host x', 'docker run --net host x'],
  ['docker run --rm --name web x', 'docker run \u2014rm \u2013name web x'],
  ['docker run alpine', '$ docker run alpine'],
  ['docker run alpine sh -c "echo hi"', "docker run alpine sh -c 'echo hi'"],
  ['docker run -d alpine ls', 'docker run -d -- alpine ls'],
  ['docker run nginx', 'docker run --pull missing nginx'],
  ['docker run nginx', 'docker run --restart=no nginx'],
  ['docker run -v "$(pwd)":/app node', 'docker run -v $(pwd):/app node'],
  ['docker run -d -p 80:80 nginx', 'docker run -d \\\n  -p 80:80 \\\n  nginx'],
  ['docker run nginx', 'docker run nginx # start it'],
  ['docker create --name web nginx', 'docker container create --name=web nginx'],
  // exec
  ['docker exec -it web sh', 'docker container exec --interactive --tty web sh'],
  ['docker exec -e A=1 web env', 'docker exec --env=A=1 web env'],
  ['docker exec -u root web id', 'docker exec --user root web id'],
  // ps / container ls
  ['docker ps', 'docker container ls'],
  ['docker ps', 'docker container list'],
  ['docker ps', 'docker container ps'],
  ['docker ps -a', 'docker ps --all'],
  ['docker ps -aq', 'docker ps -q -a'],
  ['docker ps -aq', 'docker ps -qa'],
  ['docker ps --filter "name=echo"', 'docker ps --filter name=echo'],
  ['docker ps --filter name=echo', "docker ps -f 'name=echo'"],
  ['docker ps -f status=exited -f name=web', 'docker ps -f name=web -f status=exited'],
  ['docker ps -n 3', 'docker ps -n3'],
  ['docker ps -n 3', 'docker ps --last=3'],
  ['docker ps', 'docker ps -n -1'],
  // images
  ['docker images', 'docker image ls'],
  ['docker images', 'docker image list'],
  ['docker images -q', 'docker image ls --quiet'],
  ['docker images alpine', 'docker image ls alpine'],
  // pull: no tag is :latest (issue 9)
  ['docker pull alpine', 'docker pull alpine:latest'],
  // build
  ['docker build -t app:1 .', 'docker image build --tag app:1 .'],
  ['docker build -t app:1 .', 'docker builder build -t app:1 .'],
  ['docker build -t app:1 .', 'docker build --tag=app:1 .'],
  ['docker build -t a -t b .', 'docker build -t b -t a .'],
  ['docker build -f Dockerfile.dev .', 'docker build --file=Dockerfile.dev .'],
  ['docker build .', 'docker build --rm .'],
  ['docker build --no-cache --pull .', 'docker build --pull --no-cache .'],
  ['docker build --cache-from a,b .', 'docker build --cache-from b --cache-from a .'],
  // rm
  ['docker rm -f web', 'docker container rm --force web'],
  ['docker rm -f web', 'docker container remove -f web'],
  ['docker rm -f web', 'docker rm web -f'],
  ['docker rm -fv web', 'docker rm -v -f web'],
  ['docker rm a b', 'docker rm b a'],
  // rmi
  ['docker rmi alpine', 'docker image rm alpine'],
  ['docker rmi alpine', 'docker image remove alpine'],
  ['docker rmi -f alpine', 'docker image rm --force alpine'],
  // cp
  ['docker cp web:/etc/hosts ./hosts', 'docker container cp web:/etc/hosts ./hosts'],
  ['docker cp -a web:/x .', 'docker cp --archive web:/x .'],
  // logs
  ['docker logs -f web', 'docker container logs --follow web'],
  ['docker logs -f web', 'docker logs web -f'],
  ['docker logs -n 100 web', 'docker logs --tail=100 web'],
  ['docker logs web', 'docker logs --tail all web'],
  // prune
  ['docker container prune -f', 'docker container prune --force'],
  ['docker image prune -a -f', 'docker image prune -af'],
  ['docker system prune -a --volumes', 'docker system prune --volumes --all'],
  ['docker volume prune -f', 'docker volume prune --force=true'],
  // pull / push
  ['docker pull alpine:3.20', 'docker image pull alpine:3.20'],
  ['docker pull -q alpine', 'docker pull --quiet alpine'],
  ['docker pull --platform linux/arm64 alpine', 'docker pull --platform=linux/arm64 alpine'],
  ['docker pull alpine', 'docker pull --disable-content-trust alpine'],
  ['docker push me/app:1', 'docker image push me/app:1'],
  ['docker push -a me/app', 'docker push --all-tags me/app'],
  // others
  ['docker info', 'docker system info'],
  ['docker stop -t 5 web', 'docker container stop --timeout=5 web'],
  ['docker network ls', 'docker network list'],
  ['docker volume rm v1', 'docker volume remove v1'],
  ['docker --context prod ps', 'docker -c prod container ls'],
];

// Spellings that look alike but mean something else.
const DIFFERENT: Array<[string, string]> = [
  ['docker run -p 9000:8080 x', 'docker run -p 8080:9000 x'],
  ['docker run -d x', 'docker run x'],
  ['docker run x', 'docker run --rm x'],
  ['docker run alpine ls -l', 'docker run alpine ls'],
  ['docker run alpine ls -l', 'docker run alpine -l ls'],
  ['docker run -d nginx', 'docker run nginx -d'],
  ['docker run alpine echo a b', 'docker run alpine echo b a'],
  ['docker run --name web nginx', 'docker run --name api nginx'],
  ['docker run -e A=1 x', 'docker run -e A=1 -e A=1 x'],
  ['docker run -it x', 'docker run -i x'],
  ['docker run --pull always x', 'docker run x'],
  ['docker create nginx', 'docker run nginx'],
  ['docker run -v a:/x x', 'docker run --mount type=volume,src=a,dst=/x x'],
  ['docker exec -it web sh', 'docker exec -it web bash'],
  ['docker exec web ls', 'docker exec -d web ls'],
  ['docker ps', 'docker ps -a'],
  ['docker ps', 'docker images'],
  ['docker ps -f name=a', 'docker ps -f name=b'],
  ['docker ps -n 3', 'docker ps -n 4'],
  ['docker images', 'docker images -a'],
  ['docker build -t a .', 'docker build -t a ..'],
  ['docker build .', 'docker build --rm=false .'],
  ['docker build -t a:1 .', 'docker build -t a:2 .'],
  ['docker rm web', 'docker rmi web'],
  ['docker rm -f web', 'docker rm web'],
  ['docker rm a b', 'docker rm a'],
  ['docker rmi alpine', 'docker rmi alpine:3.20'],
  ['docker cp web:/a .', 'docker cp . web:/a'],
  ['docker logs web', 'docker logs -f web'],
  ['docker logs -n 10 web', 'docker logs -n 100 web'],
  ['docker image prune', 'docker image prune -a'],
  ['docker container prune', 'docker system prune'],
  ['docker pull alpine', 'docker push alpine'],
  ['docker push me/app', 'docker push -a me/app'],
  ['docker --context prod ps', 'docker ps'],
  ['docker save -o a.tar alpine', 'docker save alpine > a.tar'],
];

describe('commands that mean the same grade as equal', () => {
  it.each(SAME)('%s  ≡  %s', (expected, actual) => {
    const forward = compareCommands(expected, actual);
    expect(forward.error).toBeUndefined();
    expect(forward.diffs).toEqual([]);
    expect(forward.equal).toBe(true);
    expect(compareCommands(actual, expected).equal).toBe(true);
  });
});

describe('commands that mean something else grade as different', () => {
  it.each(DIFFERENT)('%s  ≢  %s', (expected, actual) => {
    const forward = compareCommands(expected, actual);
    expect(forward.error).toBeUndefined();
    expect(forward.equal).toBe(false);
    expect(forward.diffs.length).toBeGreaterThan(0);
    expect(compareCommands(actual, expected).equal).toBe(false);
  });
});

describe('canonicalCommand agrees with compareCommands', () => {
  it.each([...SAME, ...DIFFERENT])('%s  vs  %s', (a, b) => {
    const sameCanonical = canonicalCommand(a) === canonicalCommand(b);
    expect(sameCanonical).toBe(compareCommands(a, b).equal);
  });
});
