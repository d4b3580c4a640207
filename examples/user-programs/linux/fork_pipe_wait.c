/* Processes: fork, vfork, pipe2, dup2/dup3, wait4/waitpid statuses (exit, kill, abort), getppid,
 * SIGCHLD (counted, and coalesced while blocked), SIGPIPE (default action and ignored), process groups
 * and sessions. Children never print: they answer through pipes and exit statuses, so the transcript
 * does not depend on scheduling. */
#include "check.h"
#include <fcntl.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

static volatile sig_atomic_t sigchld_count;

static void on_sigchld(int sig) {
  (void)sig;
  sigchld_count++;
}

/* Forks; the child runs body and _exits with its result. Returns the child's pid. */
static pid_t spawn(int (*body)(void *), void *arg) {
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0)
    _exit(body(arg));
  return pid;
}

static int wait_for(pid_t pid) {
  int status = 0;
  pid_t got = waitpid(pid, &status, 0);
  expect(got == pid, "waitpid returns the child's pid");
  return status;
}

static pid_t parent_pid;

static int child_writes_to_pipe(void *arg) {
  int *fds = arg;
  close(fds[0]);
  /* stdout becomes the pipe: what the parent reads was written through fd 1 */
  if (dup2(fds[1], 1) != 1)
    return 100;
  close(fds[1]);
  char line[64];
  int n = snprintf(line, sizeof line, "hello from the child, ppid matches: %s\n",
                   getppid() == parent_pid ? "yes" : "no");
  if (write(1, line, n) != n)
    return 101;
  return 3;
}

static void pipe_and_exit_status(void) {
  int fds[2];
  expect(pipe2(fds, O_CLOEXEC) == 0, "pipe2(O_CLOEXEC)");
  expect((fcntl(fds[0], F_GETFD) & FD_CLOEXEC) && (fcntl(fds[1], F_GETFD) & FD_CLOEXEC),
         "both ends have FD_CLOEXEC");
  pid_t pid = spawn(child_writes_to_pipe, fds);
  close(fds[1]);
  char buf[256];
  size_t got = 0;
  ssize_t n;
  while ((n = read(fds[0], buf + got, sizeof buf - 1 - got)) > 0)
    got += n;
  buf[got] = 0;
  expect(n == 0, "read returns 0 at end of pipe");
  printf("parent read: %s", buf);
  close(fds[0]);
  int status = wait_for(pid);
  printf("child status %s\n", describe_status(status));
  expect(WIFEXITED(status) && WEXITSTATUS(status) == 3, "WEXITSTATUS is 3");
}

static void dup_family(void) {
  int fd = open("/dev/null", O_RDONLY);
  int high = 40;
  expect(dup2(fd, high) == high, "dup2 to a chosen number");
  expect(!(fcntl(high, F_GETFD) & FD_CLOEXEC), "dup2 clears FD_CLOEXEC");
  expect(dup2(fd, fd) == fd, "dup2(fd, fd) returns fd");
  expect(dup3(fd, high, O_CLOEXEC) == high, "dup3 with O_CLOEXEC onto an open fd");
  expect(fcntl(high, F_GETFD) & FD_CLOEXEC, "dup3 sets FD_CLOEXEC");
  EXPECT_ERRNO(dup3(fd, fd, 0), EINVAL);
  EXPECT_ERRNO(dup2(fd, -1), EBADF);
  EXPECT_ERRNO(dup(999), EBADF);
  int low = dup(fd);
  expect(low > fd && low < high, "dup takes the lowest free number");
  close(low);
  close(high);
  close(fd);
}

static int child_waits_forever(void *arg) {
  (void)arg;
  for (;;)
    pause();
  return 0;
}

static int child_aborts(void *arg) {
  (void)arg;
  abort();
}

static void killed_children(void) {
  pid_t pid = spawn(child_waits_forever, NULL);
  expect(kill(pid, SIGTERM) == 0, "kill(child, SIGTERM)");
  int status = wait_for(pid);
  printf("child status %s\n", describe_status(status));
  expect(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM, "WTERMSIG is SIGTERM");

  pid = spawn(child_aborts, NULL);
  status = wait_for(pid);
  printf("child status %s\n", describe_status(status));
  expect(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT, "WTERMSIG is SIGABRT");

  pid = spawn(child_waits_forever, NULL);
  kill(pid, SIGKILL);
  struct rusage usage;
  expect(wait4(pid, &status, 0, &usage) == pid, "wait4 with rusage returns the pid");
  printf("child status %s\n", describe_status(status));
}

static int child_exits_large(void *arg) {
  (void)arg;
  return 256 + 5;
}

static int child_reads_pipe(void *arg) {
  int *fds = arg;
  close(fds[1]);
  char c;
  return read(fds[0], &c, 1) == 0 ? 0 : 1;
}

static void wait_variants(void) {
  pid_t pid = spawn(child_exits_large, NULL);
  int status = wait_for(pid);
  printf("_exit(261) gives status %s\n", describe_status(status));

  int fds[2];
  pipe(fds);
  pid = spawn(child_reads_pipe, fds);
  close(fds[0]);
  expect(waitpid(pid, &status, WNOHANG) == 0, "WNOHANG on a running child returns 0");
  close(fds[1]);
  status = wait_for(pid);
  printf("child status %s\n", describe_status(status));
  EXPECT_ERRNO(waitpid(-1, &status, 0), ECHILD);
  EXPECT_ERRNO(waitpid(-1, &status, WNOHANG), ECHILD);
}

static void vfork_exit(void) {
  fflush(stdout);
  pid_t pid = vfork();
  if (pid == 0)
    _exit(7);
  expect(pid > 0, "vfork returns the child's pid in the parent");
  int status = wait_for(pid);
  printf("vfork child status %s\n", describe_status(status));
}

static int child_exits_zero(void *arg) {
  (void)arg;
  return 0;
}

static void sigchld(void) {
  struct sigaction sa = {.sa_handler = on_sigchld, .sa_flags = SA_RESTART};
  sigemptyset(&sa.sa_mask);
  sigaction(SIGCHLD, &sa, NULL);
  for (int i = 0; i < 3; i++)
    wait_for(spawn(child_exits_zero, NULL));
  printf("SIGCHLD handled %d times for 3 children waited one by one\n", (int)sigchld_count);

  /* Blocked, the three SIGCHLDs are one pending standard signal: delivered once when unblocked. */
  sigset_t block, old, pending;
  sigemptyset(&block);
  sigaddset(&block, SIGCHLD);
  sigprocmask(SIG_BLOCK, &block, &old);
  sigchld_count = 0;
  for (int i = 0; i < 3; i++)
    wait_for(spawn(child_exits_zero, NULL));
  sigpending(&pending);
  expect(sigismember(&pending, SIGCHLD), "SIGCHLD pending while blocked");
  expect(sigchld_count == 0, "no handler run while blocked");
  sigprocmask(SIG_SETMASK, &old, NULL);
  printf("SIGCHLD handled %d times after unblocking\n", (int)sigchld_count);
  signal(SIGCHLD, SIG_DFL);
}

static int child_writes_to_closed_pipe(void *arg) {
  (void)arg;
  int fds[2];
  pipe(fds);
  close(fds[0]);
  write(fds[1], "x", 1);
  return 0; /* not reached: SIGPIPE's default action terminates */
}

static void sigpipe(void) {
  int status = wait_for(spawn(child_writes_to_closed_pipe, NULL));
  printf("writer with no reader: %s\n", describe_status(status));
  expect(WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE, "WTERMSIG is SIGPIPE");

  signal(SIGPIPE, SIG_IGN);
  int fds[2];
  pipe(fds);
  close(fds[0]);
  EXPECT_ERRNO(write(fds[1], "x", 1), EPIPE);
  close(fds[1]);
  signal(SIGPIPE, SIG_DFL);
}

/* Bits of the result: each is one fact the child checked about itself. */
static int child_group_leader(void *arg) {
  (void)arg;
  int bits = 0;
  if (setpgid(0, 0) == 0)
    bits |= 1;
  if (getpgid(0) == getpid() && getpgrp() == getpid())
    bits |= 2;
  if (setsid() == -1 && errno == EPERM) /* a group leader cannot start a session */
    bits |= 4;
  return bits;
}

static int child_new_session(void *arg) {
  (void)arg;
  int bits = 0;
  pid_t old_session = getsid(0);
  if (setsid() == getpid())
    bits |= 1;
  if (getsid(0) == getpid() && getsid(0) != old_session)
    bits |= 2;
  if (getpgid(0) == getpid())
    bits |= 4;
  if (setpgid(0, 0) == -1 && errno == EPERM) /* a session leader cannot change its group */
    bits |= 8;
  return bits;
}

static void groups_and_sessions(void) {
  expect(getpgid(0) == getpgrp(), "getpgid(0) == getpgrp()");
  expect(getsid(0) == getsid(getpid()), "getsid(0) == getsid(getpid())");
  pid_t pid = spawn(child_group_leader, NULL);
  int status = wait_for(pid);
  expect(WIFEXITED(status) && WEXITSTATUS(status) == 7, "child: setpgid(0,0), own group, setsid EPERM");
  pid = spawn(child_new_session, NULL);
  status = wait_for(pid);
  expect(WIFEXITED(status) && WEXITSTATUS(status) == 15, "child: setsid, getsid, own group, setpgid EPERM");
  EXPECT_ERRNO(getpgid(pid), ESRCH);
  EXPECT_ERRNO(kill(pid, 0), ESRCH);
  EXPECT_ERRNO(kill(getpid(), 0), 0);
}

int main(void) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  /* abort() must not leave a core file wherever the test runs */
  struct rlimit no_core = {0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  parent_pid = getpid();
  pipe_and_exit_status();
  dup_family();
  killed_children();
  wait_variants();
  vfork_exit();
  sigchld();
  sigpipe();
  groups_and_sessions();
  return finish();
}
