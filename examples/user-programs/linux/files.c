/* Files and descriptors in a directory given as argv[1] (run with --allow-write DIR): *at calls, offsets,
 * pread/pwrite, readv/writev, dup/fcntl flags, ftruncate, sendfile, links and renames, getdents64
 * through readdir, stat/statx fields, access, cwd, umask, tty ioctls on a pipe, FIONREAD, poll/ppoll/
 * select, /dev/null and /dev/zero, getrandom, uname, sysinfo, prctl names, mremap. */
#include "check.h"
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/select.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <termios.h>
#include <unistd.h>

static int dir; /* the scratch directory, opened O_DIRECTORY */

static void read_write_seek(void) {
  int fd = openat(dir, "data.txt", O_CREAT | O_EXCL | O_RDWR, 0644);
  expect(fd >= 0, "openat O_CREAT|O_EXCL");
  EXPECT_ERRNO(openat(dir, "data.txt", O_CREAT | O_EXCL | O_RDWR, 0644), EEXIST);
  expect(write(fd, "hello, world\n", 13) == 13, "write 13 bytes");
  expect(lseek(fd, 0, SEEK_CUR) == 13, "offset is 13");
  expect(lseek(fd, 7, SEEK_SET) == 7, "lseek SEEK_SET 7");
  char buf[64] = {0};
  expect(read(fd, buf, sizeof buf) == 6 && memcmp(buf, "world\n", 6) == 0, "read the rest: world");
  expect(read(fd, buf, sizeof buf) == 0, "read at end gives 0");
  expect(lseek(fd, -6, SEEK_END) == 7, "lseek SEEK_END -6");
  expect(pwrite(fd, "HELLO", 5, 0) == 5, "pwrite at 0");
  expect(lseek(fd, 0, SEEK_CUR) == 7, "pwrite left the offset alone");
  memset(buf, 0, sizeof buf);
  expect(pread(fd, buf, 5, 0) == 5 && strcmp(buf, "HELLO") == 0, "pread sees HELLO");
  EXPECT_ERRNO(lseek(fd, -100, SEEK_SET), EINVAL);
  expect(lseek(fd, 100, SEEK_SET) == 100 && write(fd, "!", 1) == 1, "write past the end leaves a hole");
  struct stat st;
  fstat(fd, &st);
  expect(st.st_size == 101, "size is 101");
  expect(pread(fd, buf, 3, 50) == 3 && buf[0] == 0 && buf[2] == 0, "the hole reads as zeros");
  expect(ftruncate(fd, 5) == 0 && fstat(fd, &st) == 0 && st.st_size == 5, "ftruncate to 5");
  expect(fsync(fd) == 0 && fdatasync(fd) == 0, "fsync, fdatasync");

  struct iovec out[3] = {{"ab", 2}, {"cde", 3}, {"f\n", 2}};
  lseek(fd, 0, SEEK_SET);
  expect(writev(fd, out, 3) == 7, "writev 3 buffers, 7 bytes");
  char a[3] = {0}, b[5] = {0};
  struct iovec in[2] = {{a, 2}, {b, 4}};
  lseek(fd, 0, SEEK_SET);
  expect(readv(fd, in, 2) == 6 && strcmp(a, "ab") == 0 && strcmp(b, "cdef") == 0, "readv splits ab|cdef");
  expect(preadv(fd, in, 1, 2) == 2 && memcmp(a, "cd", 2) == 0, "preadv at 2");
  close(fd);
  EXPECT_ERRNO(read(fd, buf, 1), EBADF);
  EXPECT_ERRNO(openat(dir, "missing/x", O_RDONLY), ENOENT);
  EXPECT_ERRNO(openat(dir, "data.txt/x", O_RDONLY), ENOTDIR);
  EXPECT_ERRNO(openat(dir, ".", O_WRONLY), EISDIR);
}

static void descriptors(void) {
  int fd = openat(dir, "data.txt", O_RDWR);
  int copy = dup(fd);
  expect(copy > fd, "dup");
  lseek(fd, 3, SEEK_SET);
  expect(lseek(copy, 0, SEEK_CUR) == 3, "dup shares the file offset");
  int high = fcntl(fd, F_DUPFD, 100);
  expect(high >= 100, "F_DUPFD >= 100");
  int cloexec = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  expect(fcntl(cloexec, F_GETFD) == FD_CLOEXEC && fcntl(high, F_GETFD) == 0, "F_DUPFD_CLOEXEC sets, F_DUPFD clears");
  expect(fcntl(high, F_SETFD, FD_CLOEXEC) == 0 && fcntl(high, F_GETFD) == FD_CLOEXEC, "F_SETFD FD_CLOEXEC");
  expect(dup3(fd, high, O_CLOEXEC) == high, "dup3 onto it");
  expect((fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR, "F_GETFL access mode O_RDWR");
  expect(fcntl(fd, F_SETFL, O_APPEND | O_NONBLOCK) == 0, "F_SETFL O_APPEND|O_NONBLOCK");
  int fl = fcntl(copy, F_GETFL);
  expect((fl & O_APPEND) && (fl & O_NONBLOCK), "status flags are shared by the dup");
  lseek(fd, 0, SEEK_SET);
  write(fd, "Z", 1);
  struct stat st;
  fstat(fd, &st);
  expect(st.st_size == 8 && lseek(fd, 0, SEEK_CUR) == 8, "O_APPEND writes at the end");
  fcntl(fd, F_SETFL, 0);
  expect(!(fcntl(copy, F_GETFL) & O_APPEND), "F_SETFL 0 clears O_APPEND");
  EXPECT_ERRNO(fcntl(999, F_GETFD), EBADF);
  close(copy);
  close(high);
  close(cloexec);
  close(fd);
}

static void copy_with_sendfile(void) {
  int src = openat(dir, "big.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
  char block[4096];
  for (int i = 0; i < 10; i++) {
    memset(block, 'a' + i, sizeof block);
    write(src, block, sizeof block);
  }
  int dst = openat(dir, "copy.bin", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  off_t offset = 100;
  ssize_t sent = sendfile(dst, src, &offset, 20000);
  expect(sent == 20000 && offset == 20100, "sendfile 20000 bytes from offset 100");
  lseek(src, 4096 * 9, SEEK_SET);
  expect(sendfile(dst, src, NULL, 10000) == 4096, "sendfile from the file offset stops at the end");
  close(dst);
  dst = openat(dir, "copy.bin", O_RDONLY);
  struct stat st;
  fstat(dst, &st);
  char c[2];
  expect(st.st_size == 24096 && pread(dst, c, 2, 3995) == 2 && c[0] == 'a' && c[1] == 'b',
         "copy has 24096 bytes, a|b at 3996");
  close(src);
  close(dst);
}

static int compare_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(const char *path) {
  DIR *d = opendir(path);
  char *names[64];
  int n = 0;
  struct dirent *e;
  while (d && (e = readdir(d)) && n < 64) {
    const char *type = e->d_type == DT_DIR ? "/" : e->d_type == DT_LNK ? "@" : e->d_type == DT_REG ? "" : "?";
    char *line = malloc(300);
    snprintf(line, 300, "%s%s", e->d_name, type);
    names[n++] = line;
  }
  if (d)
    closedir(d);
  qsort(names, n, sizeof names[0], compare_names);
  printf("listing of %s:", path);
  for (int i = 0; i < n; i++) {
    printf(" %s", names[i]);
    free(names[i]);
  }
  printf("\n");
}

static void names_and_links(void) {
  expect(mkdirat(dir, "sub", 0755) == 0, "mkdirat sub");
  EXPECT_ERRNO(mkdirat(dir, "sub", 0755), EEXIST);
  expect(mkdirat(dir, "sub/deeper", 0700) == 0, "mkdirat sub/deeper");
  expect(symlinkat("../data.txt", dir, "sub/link") == 0, "symlinkat sub/link -> ../data.txt");
  char target[256] = {0};
  ssize_t n = readlinkat(dir, "sub/link", target, sizeof target - 1);
  expect(n == 11 && strcmp(target, "../data.txt") == 0, "readlinkat gives ../data.txt");
  EXPECT_ERRNO(readlinkat(dir, "data.txt", target, sizeof target), EINVAL);
  expect(linkat(dir, "data.txt", dir, "sub/hard", 0) == 0, "linkat sub/hard");
  struct stat st, lst;
  fstatat(dir, "data.txt", &st, 0);
  expect(st.st_nlink == 2, "st_nlink is 2");
  expect(fstatat(dir, "sub/link", &st, 0) == 0 && S_ISREG(st.st_mode) && st.st_size == 8,
         "stat follows the link: regular, 8 bytes");
  expect(fstatat(dir, "sub/link", &lst, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(lst.st_mode) && lst.st_size == 11,
         "AT_SYMLINK_NOFOLLOW: a link of 11 bytes");
  expect(renameat2(dir, "copy.bin", dir, "sub/moved.bin", 0) == 0, "renameat2 into sub");
  int fd = openat(dir, "other.txt", O_CREAT | O_WRONLY, 0644);
  close(fd);
  EXPECT_ERRNO(renameat2(dir, "other.txt", dir, "data.txt", RENAME_NOREPLACE), EEXIST);
  expect(renameat2(dir, "other.txt", dir, "sub/moved.bin", RENAME_EXCHANGE) == 0, "RENAME_EXCHANGE");
  fstatat(dir, "other.txt", &st, 0);
  expect(st.st_size == 24096, "exchanged: other.txt has the copy's size");
  expect(unlinkat(dir, "other.txt", 0) == 0, "unlinkat other.txt");
  EXPECT_ERRNO(unlinkat(dir, "sub", 0), EISDIR);
  EXPECT_ERRNO(unlinkat(dir, "sub", AT_REMOVEDIR), ENOTEMPTY);
  expect(unlinkat(dir, "sub/deeper", AT_REMOVEDIR) == 0, "unlinkat AT_REMOVEDIR sub/deeper");
  expect(fchmodat(dir, "sub/hard", 0600, 0) == 0 && fstatat(dir, "data.txt", &st, 0) == 0 &&
             (st.st_mode & 07777) == 0600,
         "fchmodat through the hard link changes data.txt to 0600");
  mkdirat(dir, "sub/empty", 0755);
  list("sub");

  struct statx sx;
  expect(statx(dir, "big.bin", 0, STATX_BASIC_STATS, &sx) == 0, "statx big.bin");
  printf("statx: size %llu, regular %s, mode %o, blksize > 0 %s\n", (unsigned long long)sx.stx_size,
         S_ISREG(sx.stx_mode) ? "yes" : "no", sx.stx_mode & 07777, sx.stx_blksize > 0 ? "yes" : "no");
  expect(statx(dir, "sub", AT_SYMLINK_NOFOLLOW, STATX_TYPE, &sx) == 0 && S_ISDIR(sx.stx_mode), "statx sub: directory");

  expect(faccessat(dir, "data.txt", R_OK | W_OK, 0) == 0, "faccessat R_OK|W_OK");
  EXPECT_ERRNO(faccessat(dir, "nothing", F_OK, 0), ENOENT);
  expect(faccessat(AT_FDCWD, "/etc/passwd", R_OK, 0) == 0, "faccessat /etc/passwd R_OK");
  EXPECT_ERRNO(faccessat(dir, "data.txt", X_OK, 0), EACCES);
}

static void working_directory(const char *start) {
  char cwd[PATH_MAX];
  expect(chdir("sub") == 0, "chdir sub");
  getcwd(cwd, sizeof cwd);
  printf("cwd relative to the start: %s\n", cwd + strlen(start));
  expect(chdir("..") == 0, "chdir ..");
  int sub = openat(AT_FDCWD, "sub/empty", O_RDONLY | O_DIRECTORY);
  expect(fchdir(sub) == 0, "fchdir sub/empty");
  getcwd(cwd, sizeof cwd);
  printf("cwd relative to the start: %s\n", cwd + strlen(start));
  close(sub);
  EXPECT_ERRNO(chdir("/nonexistent"), ENOENT);
  EXPECT_ERRNO(getcwd(cwd, 2) ? 0 : -1, ERANGE);
  chdir(start);
  int regular = open("data.txt", O_RDONLY);
  EXPECT_ERRNO(fchdir(regular), ENOTDIR);
  close(regular);
}

static void creation_mask(void) {
  mode_t old = umask(077);
  int fd = openat(dir, "private.txt", O_CREAT | O_WRONLY, 0666);
  close(fd);
  mkdirat(dir, "private.dir", 0777);
  umask(022);
  fd = openat(dir, "shared.txt", O_CREAT | O_WRONLY, 0666);
  close(fd);
  struct stat a, b, c;
  fstatat(dir, "private.txt", &a, 0);
  fstatat(dir, "private.dir", &b, 0);
  fstatat(dir, "shared.txt", &c, 0);
  printf("umask 077: file %o, directory %o; umask 022: file %o\n", a.st_mode & 0777, b.st_mode & 0777,
         c.st_mode & 0777);
  expect((a.st_mode & 0777) == 0600 && (b.st_mode & 0777) == 0700 && (c.st_mode & 0777) == 0644,
         "umask masks created modes");
  expect(umask(old) == 022, "umask returns the previous mask");
}

static void pipes_and_polling(void) {
  int fds[2];
  pipe(fds);
  struct winsize ws;
  struct termios tio;
  EXPECT_ERRNO(ioctl(fds[0], TIOCGWINSZ, &ws), ENOTTY);
  EXPECT_ERRNO(ioctl(fds[0], TCGETS, &tio), ENOTTY);
  expect(!isatty(fds[0]) && errno == ENOTTY, "isatty(pipe) is false with ENOTTY");
  int avail = -1;
  expect(ioctl(fds[0], FIONREAD, &avail) == 0 && avail == 0, "FIONREAD on an empty pipe: 0");

  struct pollfd p = {.fd = fds[0], .events = POLLIN};
  long long start = now_ns(CLOCK_MONOTONIC);
  expect(poll(&p, 1, 30) == 0, "poll on an empty pipe times out");
  expect(now_ns(CLOCK_MONOTONIC) - start >= 30 * 1000000LL, "after >= 30ms");
  write(fds[1], "12345", 5);
  expect(ioctl(fds[0], FIONREAD, &avail) == 0 && avail == 5, "FIONREAD after writing 5: 5");
  expect(poll(&p, 1, 1000) == 1 && (p.revents & POLLIN), "poll: POLLIN");
  struct timespec zero = {0, 0};
  struct pollfd both[2] = {{.fd = fds[0], .events = POLLIN}, {.fd = fds[1], .events = POLLOUT}};
  expect(ppoll(both, 2, &zero, NULL) == 2 && (both[1].revents & POLLOUT), "ppoll: readable and writable");

  fd_set readable;
  FD_ZERO(&readable);
  FD_SET(fds[0], &readable);
  struct timeval tv = {0, 0};
  expect(select(fds[0] + 1, &readable, NULL, NULL, &tv) == 1 && FD_ISSET(fds[0], &readable), "select: readable");
  char buf[8];
  read(fds[0], buf, 5);
  FD_ZERO(&readable);
  FD_SET(fds[0], &readable);
  tv.tv_usec = 20000;
  start = now_ns(CLOCK_MONOTONIC);
  expect(select(fds[0] + 1, &readable, NULL, NULL, &tv) == 0 && !FD_ISSET(fds[0], &readable),
         "select on an empty pipe times out");
  expect(now_ns(CLOCK_MONOTONIC) - start >= 20 * 1000000LL, "after >= 20ms");
  close(fds[1]);
  p.revents = 0;
  expect(poll(&p, 1, 1000) == 1 && (p.revents & POLLHUP), "poll after the writer closed: POLLHUP");

  int nb[2];
  pipe2(nb, O_NONBLOCK);
  EXPECT_ERRNO(read(nb[0], buf, 1), EAGAIN);
  close(fds[0]);
  close(nb[0]);
  close(nb[1]);
}

static void devices_and_system(void) {
  int null = open("/dev/null", O_RDWR);
  char buf[256];
  expect(write(null, "discarded", 9) == 9, "write to /dev/null");
  expect(read(null, buf, sizeof buf) == 0, "read /dev/null gives 0");
  close(null);
  int zero = open("/dev/zero", O_RDONLY);
  memset(buf, 1, sizeof buf);
  int zeros = read(zero, buf, sizeof buf) == sizeof buf;
  for (unsigned i = 0; i < sizeof buf; i++)
    zeros = zeros && buf[i] == 0;
  expect(zeros, "read 256 zero bytes from /dev/zero");
  close(zero);

  expect(getrandom(buf, 64, 0) == 64, "getrandom 64 bytes");
  expect(getrandom(buf, 16, GRND_NONBLOCK) == 16, "getrandom GRND_NONBLOCK 16 bytes");

  struct utsname u;
  expect(uname(&u) == 0, "uname");
  printf("uname machine %s, sysname %s\n", u.machine, u.sysname);
  struct sysinfo si;
  expect(sysinfo(&si) == 0 && si.totalram > 0 && si.mem_unit > 0, "sysinfo: totalram > 0");
  expect(sysconf(_SC_PAGESIZE) == 4096, "page size 4096");
  expect(sysconf(_SC_NPROCESSORS_ONLN) >= 1, "at least one processor online");

  char name[17] = {0};
  expect(prctl(PR_SET_NAME, "workbench-test-name-long") == 0, "PR_SET_NAME");
  expect(prctl(PR_GET_NAME, name) == 0, "PR_GET_NAME");
  printf("thread name: %s\n", name);

  long page = sysconf(_SC_PAGESIZE);
  unsigned char *m = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  for (long i = 0; i < 2 * page; i++)
    m[i] = (unsigned char)(i * 7);
  unsigned char *grown = mremap(m, 2 * page, 64 * page, MREMAP_MAYMOVE);
  int same = grown != MAP_FAILED;
  for (long i = 0; same && i < 2 * page; i++)
    same = grown[i] == (unsigned char)(i * 7);
  int fresh = 1;
  for (long i = 2 * page; same && i < 64 * page; i++)
    fresh = fresh && grown[i] == 0;
  grown[64 * page - 1] = 1;
  expect(same && fresh, "mremap grows 2 -> 64 pages, keeps contents, new pages zero");
  expect(mremap(grown, 64 * page, 4 * page, 0) == grown, "mremap shrinks in place");
  expect(munmap(grown, 4 * page) == 0, "munmap");
}

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  const char *path = argc > 1 ? argv[1] : NULL;
  if (!path) {
    printf("usage: files DIR (an empty writable directory)\n");
    return 2;
  }
  char start[PATH_MAX];
  if (chdir(path) != 0 || !getcwd(start, sizeof start)) {
    printf("cannot enter %s\n", path);
    return 2;
  }
  dir = open(".", O_RDONLY | O_DIRECTORY);
  umask(022); /* created modes must not depend on the caller's umask */
  read_write_seek();
  descriptors();
  copy_with_sendfile();
  names_and_links();
  working_directory(start);
  creation_mask();
  pipes_and_polling();
  devices_and_system();
  list(".");
  return finish();
}
