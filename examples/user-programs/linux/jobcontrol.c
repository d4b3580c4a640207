/* Job control: SIGSTOP/SIGTSTP stop a process (it makes no progress), SIGCONT resumes it, the parent
 * learns both through wait4's WUNTRACED/WCONTINUED, waitid's WSTOPPED/WCONTINUED and SIGCHLD's si_code;
 * a SIGTSTP handler runs instead of stopping; SIGKILL ends a stopped process. */
#include "check.h"
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

static volatile sig_atomic_t chldCodes[8];
static volatile sig_atomic_t chldCount;

static void onChld(int sig, siginfo_t *info, void *ctx) {
  (void)sig;
  (void)ctx;
  if (chldCount < 8)
    chldCodes[chldCount++] = info->si_code;
}

static void onTstp(int sig) {
  (void)sig;
  write(1, "child: SIGTSTP handler\n", 23);
}

/* A child that writes one byte to the pipe every 10 ms. */
static pid_t ticker(int fd, int handleTstp) {
  pid_t pid = fork();
  if (pid == 0) {
    if (handleTstp)
      signal(SIGTSTP, onTstp);
    for (;;) {
      write(fd, "t", 1);
      struct timespec t = {0, 10000000};
      nanosleep(&t, NULL);
    }
  }
  return pid;
}

static int drain(int fd) {
  char buf[4096];
  int total = 0, n;
  while ((n = read(fd, buf, sizeof buf)) > 0)
    total += n;
  return total;
}

static void nap(int ms) {
  struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&t, NULL);
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  struct sigaction sa = {0};
  sa.sa_sigaction = onChld;
  sa.sa_flags = SA_SIGINFO | SA_RESTART;
  sigaction(SIGCHLD, &sa, NULL);
  int fds[2];
  pipe(fds);
  fcntl(fds[0], F_SETFL, O_NONBLOCK);

  pid_t child = ticker(fds[1], 0);
  nap(100);
  expect(drain(fds[0]) > 0, "the child runs");
  kill(child, SIGSTOP);
  int status;
  expect(waitpid(child, &status, WUNTRACED) == child, "waitpid WUNTRACED");
  expect(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP, "stopped by SIGSTOP");
  drain(fds[0]);
  nap(200);
  expect(drain(fds[0]) == 0, "a stopped child makes no progress");
  expect(waitpid(child, &status, WUNTRACED | WNOHANG) == 0, "a stop is reported once");
  kill(child, SIGCONT);
  expect(waitpid(child, &status, WCONTINUED) == child && WIFCONTINUED(status), "waitpid WCONTINUED");
  nap(100);
  expect(drain(fds[0]) > 0, "the child runs again after SIGCONT");

  kill(child, SIGTSTP);
  siginfo_t info = {0};
  expect(waitid(P_PID, child, &info, WSTOPPED) == 0, "waitid WSTOPPED");
  expect(info.si_code == CLD_STOPPED && info.si_status == SIGTSTP && info.si_pid == child, "waitid: CLD_STOPPED by SIGTSTP");
  kill(child, SIGCONT);
  memset(&info, 0, sizeof info);
  expect(waitid(P_PID, child, &info, WCONTINUED) == 0 && info.si_code == CLD_CONTINUED, "waitid: CLD_CONTINUED");
  kill(child, SIGSTOP);
  waitpid(child, &status, WUNTRACED);
  kill(child, SIGKILL);
  expect(waitpid(child, &status, 0) == child && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "SIGKILL ends a stopped child");
  expect(chldCount >= 5, "SIGCHLD for each stop, continue and the end");
  expect(chldCodes[0] == CLD_STOPPED && chldCodes[1] == CLD_CONTINUED, "SIGCHLD si_code: stopped, then continued");

  pid_t handled = ticker(fds[1], 1);
  nap(100);
  kill(handled, SIGTSTP);
  nap(100);
  expect(waitpid(handled, &status, WUNTRACED | WNOHANG) == 0, "a SIGTSTP handler keeps the child running");
  drain(fds[0]);
  nap(100);
  expect(drain(fds[0]) > 0, "and it makes progress");
  kill(handled, SIGKILL);
  waitpid(handled, &status, 0);

  sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_NOCLDSTOP;
  sigaction(SIGCHLD, &sa, NULL);
  nap(100); /* the SIGCHLD for the end of the previous child has arrived */
  int before = chldCount;
  pid_t quiet = ticker(fds[1], 0);
  nap(50);
  kill(quiet, SIGSTOP);
  waitpid(quiet, &status, WUNTRACED);
  nap(50);
  expect(chldCount == before, "SA_NOCLDSTOP: no SIGCHLD for a stop");
  kill(quiet, SIGKILL);
  waitpid(quiet, &status, 0);
  return failures;
}
