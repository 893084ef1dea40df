/**
 * `--fix` respects the file system: read-only files, other users' files, hard links, FIFOs and
 * links out of the walked folder are left alone with a one-line notice; mode, owner and group are
 * kept; a file that changed since it was read is not written. Permission cases that root would
 * bypass run the CLI as `nobody` (setpriv) when the tests run as root.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, chownSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { NL_BAD, NL_WARN_ONLY, cleanup, project, run } from './fixtures/cli/helpers.js';
import { NOBODY, isRoot, nobodyUnavailable, openToOthers, runLimited } from './fixtures/cli/processes.js';

afterAll(cleanup);

const cli = await import('./fixtures/cli/internals.js');
const FIXED_WARN = NL_WARN_ONLY.replace('verpleegster', 'verpleegkundige');
const noNobody = nobodyUnavailable();
if (noNobody) console.warn(`[cli-fix-fs] permission tests skipped: ${noNobody}`);

describe('--fix leaves alone what it must not replace', () => {
  it('a read-only file: not written, one notice, still linted and counted; exit code from its findings', async () => {
    const dir = project({ 'ro.txt': NL_WARN_ONLY, 'rw.txt': NL_WARN_ONLY });
    chmodSync(join(dir, 'ro.txt'), 0o444);
    const r = await run(['--fix', '--lang', 'nl', 'ro.txt', 'rw.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'ro.txt'), 'utf8')).toBe(NL_WARN_ONLY);
    expect(statSync(join(dir, 'ro.txt')).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(dir, 'rw.txt'), 'utf8')).toBe(FIXED_WARN);
    expect(r.stderr.trim().split('\n')).toEqual(['vacancy-lint: ro.txt: not fixed: it is read-only']);
    expect(r.stdout).toMatch(/not fixed: 1 file \(see the messages above\)/u);
    expect(r.stdout).toMatch(/fixed: 1 finding/u);
    expect(r.code).toBe(0);
    const j = await run(['--fix', '--lang', 'nl', '-f', 'json', 'ro.txt'], { cwd: dir });
    const [file] = JSON.parse(j.stdout);
    expect(file.notFixed).toEqual({ reason: 'it is read-only', kind: 'refused' });
    expect(file.fixedCount).toBe(0);
    expect(file.messages.map((m: { actual: string }) => m.actual)).toEqual(['verpleegster']);
  });

  it.skipIf(!isRoot)('a file of another user is not replaced, even by root (owner and content unchanged)', async () => {
    const dir = project({ 'theirs.txt': NL_WARN_ONLY });
    chownSync(join(dir, 'theirs.txt'), NOBODY, NOBODY);
    const r = await run(['--fix', '--lang', 'nl', 'theirs.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'theirs.txt'), 'utf8')).toBe(NL_WARN_ONLY);
    expect(statSync(join(dir, 'theirs.txt')).uid).toBe(NOBODY);
    expect(r.stderr).toContain(`theirs.txt: not fixed: it belongs to another user (uid ${NOBODY})`);
  });

  it.skipIf(noNobody !== undefined || !isRoot)('as an ordinary user: a root-owned writable file is not taken over; a folder without write access is reported', async () => {
    const dir = project({ 'root-owned.txt': NL_WARN_ONLY, 'locked/mine.txt': NL_WARN_ONLY });
    openToOthers(dir);
    chmodSync(join(dir, 'root-owned.txt'), 0o666);
    chownSync(join(dir, 'locked/mine.txt'), NOBODY, NOBODY);
    chmodSync(join(dir, 'locked'), 0o755);
    const r = await runLimited(['--fix', '--lang', 'nl', 'root-owned.txt', 'locked/mine.txt'], { cwd: dir, asNobody: true });
    expect(r.stderr).toContain('root-owned.txt: not fixed: it belongs to another user (uid 0)');
    expect(r.stderr).toContain('locked/mine.txt: not fixed: its folder is not writable (EACCES)');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /u);
    expect(readFileSync(join(dir, 'root-owned.txt'), 'utf8')).toBe(NL_WARN_ONLY);
    expect(readFileSync(join(dir, 'locked/mine.txt'), 'utf8')).toBe(NL_WARN_ONLY);
    expect(readdirSync(join(dir, 'locked'))).toEqual(['mine.txt']);
    expect(r.code).toBe(0);
  });

  it('a hard-linked file is left alone (the link stays); --fix-hard-links fixes it in place for every name', async () => {
    const dir = project({ 'a.txt': NL_WARN_ONLY });
    linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const ino = statSync(join(dir, 'a.txt')).ino;
    const r = await run(['--fix', '--lang', 'nl', 'a.txt'], { cwd: dir });
    expect(r.stderr).toContain('a.txt: not fixed: it has 2 hard links and a fix would split them (use --fix-hard-links');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(NL_WARN_ONLY);
    expect(statSync(join(dir, 'a.txt')).nlink).toBe(2);
    const w = await run(['--fix', '--fix-hard-links', '--lang', 'nl', 'a.txt'], { cwd: dir });
    expect(w.stderr).toBe('');
    for (const name of ['a.txt', 'b.txt']) {
      expect(readFileSync(join(dir, name), 'utf8')).toBe(FIXED_WARN);
      expect(statSync(join(dir, name)).ino).toBe(ino);
    }
    expect(statSync(join(dir, 'a.txt')).nlink).toBe(2);
  });

  it('two names of one file in a walk are linted (and fixed) once', async () => {
    const dir = project({ 'ads/a.txt': NL_WARN_ONLY });
    linkSync(join(dir, 'ads/a.txt'), join(dir, 'ads/b.txt'));
    symlinkSync('a.txt', join(dir, 'ads/c.txt'));
    const r = await run(['--lang', 'nl', '-f', 'json', 'ads'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['ads/a.txt']);
  });

  it.skipIf(!isRoot)('keeps mode, owner and group (set-id bits included) on the rewritten file', async () => {
    const dir = project({ 'ad.txt': NL_WARN_ONLY });
    const file = join(dir, 'ad.txt');
    chownSync(file, 0, NOBODY);
    chmodSync(file, 0o2640);
    await run(['--fix', '--lang', 'nl', 'ad.txt'], { cwd: dir });
    const st = statSync(file);
    expect(readFileSync(file, 'utf8')).toBe(FIXED_WARN);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([0, NOBODY, 0o2640]);
  });

  it('a FIFO named or found in a walk is never opened (no hang); the rest is fixed', async () => {
    const dir = project({ 'ads/a.txt': NL_WARN_ONLY });
    execFileSync('mkfifo', [join(dir, 'ads/pipe.txt')]);
    const walk = await runLimited(['--fix', '--lang', 'nl', 'ads'], { cwd: dir, deadline: 20_000 });
    expect(walk.timedOut).toBe(false);
    expect(walk.stderr).toContain('ads/pipe.txt: is a FIFO (named pipe); skipped');
    expect(walk.code).toBe(0);
    expect(readFileSync(join(dir, 'ads/a.txt'), 'utf8')).toBe(FIXED_WARN);
    const named = await runLimited(['--fix', '--lang', 'nl', 'ads/pipe.txt'], { cwd: dir, deadline: 20_000 });
    expect(named.timedOut).toBe(false);
    expect(named.stderr).toContain('ads/pipe.txt: is a FIFO (named pipe), not a regular file; skipped');
    expect(named.code).toBe(2);
  });
});

describe('folder walks stay inside the folder', () => {
  it('links leading out of the walked folder are neither linted nor fixed; links inside are followed once, loops end', async () => {
    const outside = project({ 'secret.txt': NL_BAD, 'more/x.txt': NL_BAD });
    const dir = project({ 'ads/own.txt': NL_WARN_ONLY, 'ads/sub/deep.txt': NL_WARN_ONLY });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'ads/link.txt'));
    symlinkSync(join(outside, 'more'), join(dir, 'ads/elsewhere'));
    symlinkSync('..', join(dir, 'ads/sub/loop'));
    mkdirSync(join(dir, 'ads/.drafts'));
    writeFileSync(join(dir, 'ads/.drafts/draft.txt'), NL_WARN_ONLY);
    symlinkSync('.drafts', join(dir, 'ads/drafts'));
    const r = await runLimited(['--fix', '--lang', 'nl', '-f', 'json', 'ads'], { cwd: dir });
    expect(r.timedOut).toBe(false);
    // ads/drafts leads to a folder inside ads (hidden, so only reached through the link).
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['ads/drafts/draft.txt', 'ads/own.txt', 'ads/sub/deep.txt']);
    expect(r.stderr).toContain(`ads/link.txt: is a symbolic link to ${join(outside, 'secret.txt')}, outside ads; not followed`);
    expect(r.stderr).toContain(`ads/elsewhere: is a symbolic link to ${join(outside, 'more')}, outside ads; not followed`);
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe(NL_BAD);
    expect(readFileSync(join(outside, 'more/x.txt'), 'utf8')).toBe(NL_BAD);
    expect(readFileSync(join(dir, 'ads/sub/deep.txt'), 'utf8')).toBe(FIXED_WARN);
    expect(readFileSync(join(dir, 'ads/.drafts/draft.txt'), 'utf8')).toBe(FIXED_WARN);
    expect(r.code).toBe(0);
  });

  it('a glob does not use symbolic links, so never a file outside the folder it searches', async () => {
    const outside = project({ 'secret.md': NL_BAD });
    const dir = project({ 'ads/own.md': NL_WARN_ONLY });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'ads/link.md'));
    const r = await run(['--fix', '--lang', 'nl', '-f', 'json', 'ads/*.md'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['ads/own.md']);
    expect(readFileSync(join(outside, 'secret.md'), 'utf8')).toBe(NL_BAD);
  });

  it.skipIf(noNobody !== undefined)('an unreadable folder is an input problem (exit 2), for a walk and a glob, with no ✔', async () => {
    const dir = project({ 'ads/ok.md': 'Wij zoeken een verpleegkundige voor de afdeling cardiologie.\n', 'ads/closed/hidden.md': NL_BAD });
    openToOthers(dir);
    chmodSync(join(dir, 'ads'), 0o755);
    chmodSync(join(dir, 'ads/closed'), 0o000);
    try {
      const walk = await runLimited(['ads'], { cwd: dir, asNobody: true });
      expect(walk.stderr).toContain('vacancy-lint: ads/closed: folder cannot be read (EACCES)');
      expect(walk.code).toBe(2);
      expect(walk.stdout).not.toContain('✔');
      expect(walk.stdout).toContain('✖ 1 input could not be linted');
      const glob = await runLimited(['ads/**/*.md'], { cwd: dir, asNobody: true });
      expect(glob.stderr).toMatch(/ads\/closed\/?: folder cannot be read \(EACCES\)/u);
      expect(glob.code).toBe(2);
    } finally {
      chmodSync(join(dir, 'ads/closed'), 0o755);
    }
  });
});

describe('a file that changed after it was read is not written', () => {
  it('same bytes but a new modification time: the write is refused as unsafe, no temp file stays', () => {
    const dir = project({ 'a.txt': 'old' });
    const file = join(dir, 'a.txt');
    const identity = cli.identityOf(statSync(file));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(() => cli.writeFileAtomic(file, Buffer.from('new'), Buffer.from('old'), { identity })).toThrow(cli.ConcurrentChangeError);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('replaced by another file (new inode): refused as unsafe', () => {
    const dir = project({ 'a.txt': 'old' });
    const file = join(dir, 'a.txt');
    const identity = cli.identityOf(statSync(file));
    writeFileSync(join(dir, 'b.txt'), 'old');
    execFileSync('mv', [join(dir, 'b.txt'), file]);
    expect(() => cli.writeFileAtomic(file, Buffer.from('new'), Buffer.from('old'), { identity })).toThrow(/not written, the fix would be unsafe/u);
    expect(readFileSync(file, 'utf8')).toBe('old');
  });
});
