/* execve: a forked child re-executes this program (found through /proc/self/exe) with arguments and
 * an environment of its own, answers through an inherited pipe and exits with a status; FD_CLOEXEC
 * descriptors are closed across the exec, others stay open at the same numbers; failing execve calls
 * return the right errno and leave the caller running; finally the process replaces itself.
 *
 * qemu-user 7.2 cannot be the reference here: without binfmt_misc its execve of an AArch64 program
 * fails with ENOEXEC. The golden output (linux/exec.stdout) is what this same source prints when built
 * for the host and run natively on Linux (build.sh --golden does that). */
#include "check.h"
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

static char self[4096];

/* The re-executed run: argv is {self, "--child", pipe fd, cloexec fd, kept fd}. */
static int child_run(int argc, char **argv) {
  if (argc != 5)
    return 90;
  int out = atoi(argv[2]), cloexec_fd = atoi(argv[3]), kept_fd = atoi(argv[4]);
  char line[512];
  const char *marker = getenv("EXEC_TEST");
  char first[8] = {0};
  ssize_t n = read(kept_fd, first, 4);
  int len = snprintf(line, sizeof line,
                     "argc %d, argv[1] %s, EXEC_TEST=%s, PATH %s, cloexec fd closed: %s, kept fd readable: %s (%s)\n",
                     argc, argv[1], marker ? marker : "(unset)", getenv("PATH") ? "set" : "unset",
                     fcntl(cloexec_fd, F_GETFD) == -1 && errno == EBADF ? "yes" : "no", n == 4 ? "yes" : "no",
                     first);
  if (write(out, line, len) != len)
    return 91;
  return 5;
}

/* The final run after the process replaced itself: argv is {self, "--last", pid, failures so far}.
 * Still the same process, so still the same pid. */
static int last_run(int argc, char **argv) {
  printf("replaced image runs with argc %d, argv[1] %s, environment empty: %s\n", argc, argv[1],
         environ[0] == NULL ? "yes" : "no");
  expect(argc == 4 && getpid() == atoi(argv[2]), "pid unchanged by execve");
  failures += argc == 4 ? atoi(argv[3]) : 1;
  return finish();
}

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  if (argc > 1 && strcmp(argv[1], "--child") == 0)
    return child_run(argc, argv);
  if (argc > 1 && strcmp(argv[1], "--last") == 0)
    return last_run(argc, argv);

  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  expect(n > 0 && self[0] == '/', "/proc/self/exe is an absolute path");
  self[n > 0 ? n : 0] = 0;

  int fds[2];
  pipe(fds);
  int cloexec_fd = open("/etc/passwd", O_RDONLY | O_CLOEXEC);
  int kept_fd = open("/etc/passwd", O_RDONLY);
  char out_arg[16], cloexec_arg[16], kept_arg[16];
  snprintf(out_arg, sizeof out_arg, "%d", fds[1]);
  snprintf(cloexec_arg, sizeof cloexec_arg, "%d", cloexec_fd);
  snprintf(kept_arg, sizeof kept_arg, "%d", kept_fd);
  char *child_argv[] = {self, "--child", out_arg, cloexec_arg, kept_arg, NULL};
  char *child_envp[] = {"EXEC_TEST=42", NULL};

  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    execve(self, child_argv, child_envp);
    _exit(99);
  }
  close(fds[1]);
  char buf[512];
  size_t got = 0;
  while ((n = read(fds[0], buf + got, sizeof buf - 1 - got)) > 0)
    got += n;
  buf[got] = 0;
  close(fds[0]);
  printf("child after execve: %s", got ? buf : "(nothing)\n");
  int status = 0;
  waitpid(pid, &status, 0);
  printf("child status %s\n", describe_status(status));
  expect(WIFEXITED(status) && WEXITSTATUS(status) == 5, "exec'd child exited 5");

  char *no_args[] = {"x", NULL};
  char *no_env[] = {NULL};
  EXPECT_ERRNO(execve("/etc/passwd", no_args, no_env), EACCES);
  EXPECT_ERRNO(execve("/nonexistent/program", no_args, no_env), ENOENT);
  EXPECT_ERRNO(execve("/", no_args, no_env), EACCES);
  EXPECT_ERRNO(execve("/etc/passwd/x", no_args, no_env), ENOTDIR);
  expect(fcntl(cloexec_fd, F_GETFD) == FD_CLOEXEC, "failed execve leaves FD_CLOEXEC descriptors open");

  char pid_arg[16], failures_arg[16];
  snprintf(pid_arg, sizeof pid_arg, "%d", getpid());
  snprintf(failures_arg, sizeof failures_arg, "%d", failures);
  char *last_argv[] = {self, "--last", pid_arg, failures_arg, NULL};
  printf("%d failed before replacing the image\n", failures);
  fflush(stdout);
  execve(self, last_argv, no_env);
  printf("execve of self failed: %s\n", err_name(-1));
  return 100;
}
