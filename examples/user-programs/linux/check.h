/* Shared by the linux/ programs. Each prints a transcript of facts that hold on any Linux (no pids,
 * addresses or timings: "child status exited 3", "elapsed >= 100ms: yes") and exits with the number
 * of expectations that failed, so the status alone says whether the personality behaved. */
#ifndef LINUX_CHECK_H
#define LINUX_CHECK_H
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

static int failures;

/* One line "WHAT: yes" or "WHAT: NO"; a NO counts as a failure. */
__attribute__((format(printf, 2, 3))) static inline void expect(int ok, const char *what, ...) {
  va_list ap;
  va_start(ap, what);
  vprintf(what, ap);
  va_end(ap);
  printf(": %s\n", ok ? "yes" : "NO");
  if (!ok)
    failures++;
}

/* "ENOENT" for errno values, "OK" for a call that did not fail. */
static inline const char *err_name(long result) {
  if (result != -1)
    return "OK";
  const char *name = strerrorname_np(errno);
  return name ? name : "E?";
}

/* Reports a call's outcome as "CALL -> ENOENT" and checks it against the expected errno (0: success). */
#define EXPECT_ERRNO(call, expected_errno)                                                                   \
  do {                                                                                                       \
    errno = 0;                                                                                               \
    long result_ = (long)(call);                                                                             \
    int ok_ = (expected_errno) == 0 ? result_ != -1 : (result_ == -1 && errno == (expected_errno));          \
    printf("%s -> %s", #call, err_name(result_));                                                           \
    printf(": %s\n", ok_ ? "yes" : "NO");                                                                    \
    if (!ok_)                                                                                                \
      failures++;                                                                                            \
  } while (0)

/* A wait status in words: "exited 3", "killed by SIGTERM", "stopped by SIGSTOP". */
static inline const char *describe_status(int status) {
  static char text[64];
  if (WIFEXITED(status))
    snprintf(text, sizeof text, "exited %d", WEXITSTATUS(status));
  else if (WIFSIGNALED(status))
    snprintf(text, sizeof text, "killed by SIG%s", sigabbrev_np(WTERMSIG(status)));
  else if (WIFSTOPPED(status))
    snprintf(text, sizeof text, "stopped by SIG%s", sigabbrev_np(WSTOPSIG(status)));
  else
    snprintf(text, sizeof text, "unknown 0x%x", status);
  return text;
}

static inline long long now_ns(clockid_t clock) {
  struct timespec ts;
  clock_gettime(clock, &ts);
  return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* The exit status: how many expectations failed (capped so it never looks like a signal). */
static inline int finish(void) {
  printf("%d failed\n", failures);
  return failures > 100 ? 100 : failures;
}

#endif
