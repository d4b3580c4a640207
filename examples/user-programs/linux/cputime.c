/* CPU-time accounting: CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID, clock_getcpuclockid, times,
 * getrusage (self and children) and wait4's rusage count CPU used, not time passed: work adds to them, a
 * sleep almost nothing, and a child's time shows up in the parent's only once the child is waited for.
 * Fixed amounts of work rather than timed loops: how fast the work goes differs between emulators. */
#include "check.h"
#include <sys/resource.h>
#include <sys/times.h>
#include <unistd.h>

static double now(clockid_t clock) {
  struct timespec ts;
  clock_gettime(clock, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static volatile unsigned long sink;

static void work(void) {
  for (long i = 0; i < 40000000; i++)
    sink += i * sink + 1;
}

static double tv(struct timeval t) { return t.tv_sec + t.tv_usec / 1e6; }

int main(void) {
  double w0 = now(CLOCK_MONOTONIC), p0 = now(CLOCK_PROCESS_CPUTIME_ID), t0 = now(CLOCK_THREAD_CPUTIME_ID);
  work();
  double w1 = now(CLOCK_MONOTONIC), p1 = now(CLOCK_PROCESS_CPUTIME_ID), t1 = now(CLOCK_THREAD_CPUTIME_ID);
  expect(p1 - p0 >= 0.02, "process CPU time grows with work");
  expect(t1 - t0 >= 0.02, "thread CPU time grows with work");
  expect(t1 - t0 <= (w1 - w0) + 0.02, "one thread's CPU time does not outrun the wall clock");
  struct timespec nap = {0, 400000000};
  nanosleep(&nap, NULL);
  double p2 = now(CLOCK_PROCESS_CPUTIME_ID);
  expect(p2 - p1 < 0.1, "process CPU time hardly grows while asleep");

  clockid_t mine;
  expect(clock_getcpuclockid(0, &mine) == 0, "clock_getcpuclockid(0)");
  double viaId = now(mine);
  expect(viaId >= p2 && viaId < p2 + 0.1, "the process's own CPU clock id reads the same clock");
  struct timespec res;
  expect(clock_getres(CLOCK_PROCESS_CPUTIME_ID, &res) == 0 && res.tv_sec == 0 && res.tv_nsec > 0, "clock_getres on a CPU clock");

  struct rusage self;
  getrusage(RUSAGE_SELF, &self);
  expect(tv(self.ru_utime) + tv(self.ru_stime) >= p1 - p0 - 0.02, "getrusage(RUSAGE_SELF) counts the work");
  struct tms before;
  times(&before);
  expect(before.tms_cutime + before.tms_cstime == 0, "no child time before any child");

  int fds[2];
  pipe(fds);
  pid_t child = fork();
  if (child == 0) {
    work();
    double used = now(CLOCK_PROCESS_CPUTIME_ID);
    write(fds[1], &used, sizeof used);
    _exit(0);
  }
  double childUsed = 0;
  read(fds[0], &childUsed, sizeof childUsed);
  struct rusage children;
  getrusage(RUSAGE_CHILDREN, &children);
  expect(tv(children.ru_utime) + tv(children.ru_stime) == 0, "getrusage(RUSAGE_CHILDREN) before the wait");
  int status;
  struct rusage childUsage;
  expect(wait4(child, &status, 0, &childUsage) == child, "wait4");
  expect(childUsed >= 0.02, "the child's CPU clock counts its work");
  expect(tv(childUsage.ru_utime) + tv(childUsage.ru_stime) >= childUsed - 0.02, "wait4's rusage has the child's CPU time");
  getrusage(RUSAGE_CHILDREN, &children);
  expect(tv(children.ru_utime) + tv(children.ru_stime) >= childUsed - 0.02, "getrusage(RUSAGE_CHILDREN) after the wait");
  struct tms after;
  times(&after);
  expect(sysconf(_SC_CLK_TCK) == 100, "sysconf(_SC_CLK_TCK) is 100");
  expect(after.tms_cutime + after.tms_cstime >= (long)(childUsed * 100) - 2, "times() child ticks after the wait");
  expect(after.tms_utime + after.tms_stime >= (long)((p1 - p0) * 100) - 2, "times() own ticks");
  return failures;
}
