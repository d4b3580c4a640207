/* Time: alarm + pause, a periodic ITIMER_REAL, getitimer, nanosleep (whole, and interrupted with the
 * remainder), clock_nanosleep relative and TIMER_ABSTIME, a POSIX timer, timerfd, the clocks (monotonic,
 * resolution), CPU-time clocks advancing under load, times(), getrusage(). Only relations are printed. */
#include "check.h"
#include <stdint.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/times.h>
#include <unistd.h>

static volatile int alarms;
static void on_alarm(int sig) {
  (void)sig;
  alarms++;
}

static void handle_sigalrm(int flags) {
  struct sigaction sa = {.sa_handler = on_alarm, .sa_flags = flags};
  sigemptyset(&sa.sa_mask);
  sigaction(SIGALRM, &sa, NULL);
}

static const long long MS = 1000000;

static void alarm_and_pause(void) {
  handle_sigalrm(0);
  long long start = now_ns(CLOCK_MONOTONIC);
  expect(alarm(1) == 0, "alarm(1) had no previous alarm");
  int r = pause();
  int e = errno;
  long long elapsed = now_ns(CLOCK_MONOTONIC) - start;
  expect(r == -1 && e == EINTR && alarms == 1, "pause returns EINTR after the SIGALRM handler");
  expect(elapsed >= 990 * MS, "elapsed >= 1s");
  expect(elapsed < 10000 * MS, "elapsed < 10s");
  alarm(5);
  unsigned left = alarm(0);
  expect(left >= 4 && left <= 5, "alarm(0) returns the seconds left of alarm(5)");
}

static void interval_timer(void) {
  alarms = 0;
  struct itimerval every_50ms = {{0, 50000}, {0, 50000}}, off = {{0, 0}, {0, 0}}, now;
  long long start = now_ns(CLOCK_MONOTONIC);
  setitimer(ITIMER_REAL, &every_50ms, NULL);
  getitimer(ITIMER_REAL, &now);
  expect(now.it_interval.tv_usec == 50000 && now.it_interval.tv_sec == 0, "getitimer gives the 50ms interval");
  expect(now.it_value.tv_sec == 0 && now.it_value.tv_usec > 0 && now.it_value.tv_usec <= 50000,
         "getitimer's value is within the first period");
  while (alarms < 3)
    pause();
  setitimer(ITIMER_REAL, &off, &now);
  long long elapsed = now_ns(CLOCK_MONOTONIC) - start;
  printf("periodic timer: %d ticks\n", alarms);
  expect(elapsed >= 149 * MS, "3 ticks of 50ms took >= 150ms");
  getitimer(ITIMER_REAL, &now);
  expect(now.it_value.tv_sec == 0 && now.it_value.tv_usec == 0, "disarmed");
}

static void sleeps(void) {
  struct timespec t100 = {0, 100 * MS}, t50 = {0, 50 * MS};
  long long start = now_ns(CLOCK_MONOTONIC);
  expect(nanosleep(&t100, NULL) == 0, "nanosleep 100ms");
  expect(now_ns(CLOCK_MONOTONIC) - start >= 100 * MS, "elapsed >= 100ms");

  start = now_ns(CLOCK_MONOTONIC);
  expect(clock_nanosleep(CLOCK_MONOTONIC, 0, &t50, NULL) == 0, "clock_nanosleep relative 50ms");
  expect(now_ns(CLOCK_MONOTONIC) - start >= 50 * MS, "elapsed >= 50ms");

  struct timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  deadline.tv_nsec += 50 * MS;
  if (deadline.tv_nsec >= 1000 * MS) {
    deadline.tv_sec++;
    deadline.tv_nsec -= 1000 * MS;
  }
  expect(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL) == 0, "clock_nanosleep TIMER_ABSTIME");
  long long deadline_ns = deadline.tv_sec * 1000000000LL + deadline.tv_nsec;
  expect(now_ns(CLOCK_MONOTONIC) >= deadline_ns, "woke at or after the deadline");
  struct timespec past = {0, 1};
  expect(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &past, NULL) == 0, "an absolute time in the past returns at once");

  /* interrupted: EINTR and the remaining time */
  handle_sigalrm(0);
  struct itimerval in_20ms = {{0, 0}, {0, 20000}};
  setitimer(ITIMER_REAL, &in_20ms, NULL);
  struct timespec second = {1, 0}, rem = {0, 0};
  int r = nanosleep(&second, &rem);
  int e = errno;
  long long rem_ns = rem.tv_sec * 1000000000LL + rem.tv_nsec;
  expect(r == -1 && e == EINTR, "nanosleep interrupted by SIGALRM: EINTR");
  expect(rem_ns > 0 && rem_ns < 1000 * MS, "remaining time between 0 and 1s");
  struct timespec bad = {0, 1000000000};
  EXPECT_ERRNO(nanosleep(&bad, NULL), EINVAL);
}

static void posix_timer_and_timerfd(void) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGRTMIN);
  sigprocmask(SIG_BLOCK, &set, NULL);
  struct sigevent ev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGRTMIN, .sigev_value.sival_int = 77};
  timer_t timer;
  expect(timer_create(CLOCK_MONOTONIC, &ev, &timer) == 0, "timer_create(CLOCK_MONOTONIC, SIGEV_SIGNAL)");
  struct itimerspec in_30ms = {{0, 0}, {0, 30 * MS}};
  long long start = now_ns(CLOCK_MONOTONIC);
  timer_settime(timer, 0, &in_30ms, NULL);
  siginfo_t info;
  int sig = sigwaitinfo(&set, &info);
  expect(sig == SIGRTMIN && info.si_code == SI_TIMER && info.si_value.sival_int == 77,
         "the timer's signal arrives with SI_TIMER and sival_int 77");
  expect(now_ns(CLOCK_MONOTONIC) - start >= 30 * MS, "after >= 30ms");
  expect(timer_delete(timer) == 0, "timer_delete");

  int fd = timerfd_create(CLOCK_MONOTONIC, 0);
  expect(fd >= 0, "timerfd_create");
  struct itimerspec every_10ms = {{0, 10 * MS}, {0, 10 * MS}};
  start = now_ns(CLOCK_MONOTONIC);
  timerfd_settime(fd, 0, &every_10ms, NULL);
  uint64_t expirations = 0;
  expect(read(fd, &expirations, 8) == 8 && expirations >= 1, "read gives >= 1 expiration");
  expect(now_ns(CLOCK_MONOTONIC) - start >= 10 * MS, "after >= 10ms");
  close(fd);
}

static void clocks(void) {
  static const struct {
    clockid_t id;
    const char *name;
  } all[] = {{CLOCK_REALTIME, "CLOCK_REALTIME"},
             {CLOCK_MONOTONIC, "CLOCK_MONOTONIC"},
             {CLOCK_MONOTONIC_RAW, "CLOCK_MONOTONIC_RAW"},
             {CLOCK_BOOTTIME, "CLOCK_BOOTTIME"},
             {CLOCK_REALTIME_COARSE, "CLOCK_REALTIME_COARSE"},
             {CLOCK_MONOTONIC_COARSE, "CLOCK_MONOTONIC_COARSE"},
             {CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID"},
             {CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID"}};
  for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++) {
    struct timespec a, b, res;
    int ok = clock_gettime(all[i].id, &a) == 0;
    int monotonic = 1;
    for (int k = 0; k < 1000; k++) {
      clock_gettime(all[i].id, &b);
      if (b.tv_sec < a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec < a.tv_nsec))
        monotonic = 0;
      a = b;
    }
    ok = ok && clock_getres(all[i].id, &res) == 0 && (res.tv_sec > 0 || res.tv_nsec > 0);
    expect(ok && monotonic && a.tv_nsec >= 0 && a.tv_nsec < 1000000000, "%s: readable, never backwards, resolution > 0",
           all[i].name);
  }
  EXPECT_ERRNO(clock_gettime(12345, &(struct timespec){0, 0}), EINVAL);

  struct timespec real;
  clock_gettime(CLOCK_REALTIME, &real);
  time_t t = time(NULL);
  struct timeval tv;
  gettimeofday(&tv, NULL);
  expect(t >= real.tv_sec && t - real.tv_sec <= 2 && tv.tv_sec - real.tv_sec <= 2, "time(), gettimeofday agree with CLOCK_REALTIME");
  expect(real.tv_sec > 1600000000, "CLOCK_REALTIME is after 2020");

  long long cpu_start = now_ns(CLOCK_PROCESS_CPUTIME_ID), thread_start = now_ns(CLOCK_THREAD_CPUTIME_ID);
  volatile double x = 0;
  long long wall_start = now_ns(CLOCK_MONOTONIC);
  while (now_ns(CLOCK_MONOTONIC) - wall_start < 50 * MS)
    for (int i = 0; i < 10000; i++)
      x += i;
  expect(now_ns(CLOCK_PROCESS_CPUTIME_ID) > cpu_start && now_ns(CLOCK_THREAD_CPUTIME_ID) > thread_start,
         "CPU-time clocks advance while computing");

  struct tms tms;
  expect(times(&tms) != (clock_t)-1, "times() succeeds");
  struct rusage self, children;
  expect(getrusage(RUSAGE_SELF, &self) == 0 && getrusage(RUSAGE_CHILDREN, &children) == 0, "getrusage succeeds");
  expect(self.ru_maxrss > 0, "ru_maxrss > 0");
  expect(sysconf(_SC_CLK_TCK) == 100, "sysconf(_SC_CLK_TCK) is 100");
}

int main(void) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  alarm_and_pause();
  interval_timer();
  sleeps();
  posix_timer_and_timerfd();
  clocks();
  return finish();
}
