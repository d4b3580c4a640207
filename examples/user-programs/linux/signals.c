/* Signals: SA_SIGINFO siginfo (SI_TKILL, SI_USER, SI_QUEUE), the arm64 signal frame (general registers,
 * pc and the FPSIMD record read and changed by a handler, restored by rt_sigreturn), masks (blocked,
 * pending, sa_mask, restored after the handler), delivery order and queueing of real-time signals,
 * sigsuspend, sigaltstack, SA_RESETHAND, SA_NODEFER, FP state across asynchronous signals,
 * sigtimedwait, and pthread_kill to a chosen thread. */
#include "check.h"
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <ucontext.h>
#include <unistd.h>

/* Records in uc_mcontext.__reserved (arch/arm64/include/uapi/asm/sigcontext.h). */
#define FPSIMD_MAGIC 0x46508001
#define SVE_MAGIC 0x53564501
struct record_header {
  uint32_t magic, size;
};
struct fpsimd_record {
  struct record_header head;
  uint32_t fpsr, fpcr;
  __uint128_t vregs[32];
};

/* An SVE record: header, vl (bytes per Z register), then, when it holds registers, Z0..Z31 from offset 16. */
struct sve_record {
  struct record_header head;
  uint16_t vl, flags, reserved[2];
};

static struct record_header *find_record(ucontext_t *uc, uint32_t magic) {
  unsigned char *p = uc->uc_mcontext.__reserved, *end = p + sizeof uc->uc_mcontext.__reserved;
  while (p + sizeof(struct record_header) <= end) {
    struct record_header *h = (struct record_header *)p;
    if (h->magic == 0 || h->size == 0)
      return NULL;
    if (h->magic == magic)
      return h;
    p += h->size;
  }
  return NULL;
}

static struct fpsimd_record *find_fpsimd(ucontext_t *uc) {
  return (struct fpsimd_record *)find_record(uc, FPSIMD_MAGIC);
}

/* Sets V<n> as rt_sigreturn will restore it. Linux takes the FPSIMD record unless the SVE record holds
 * registers (only for a task that used SVE); qemu-user 7.2 with an SVE CPU always fills the SVE record and
 * restores from it. So a handler changing V<n> writes both; Z<n>'s low 128 bits are V<n>. */
static void set_vreg(ucontext_t *uc, int n, __uint128_t value) {
  find_fpsimd(uc)->vregs[n] = value;
  struct sve_record *sve = (struct sve_record *)find_record(uc, SVE_MAGIC);
  if (sve && sve->head.size > sizeof *sve)
    memcpy((unsigned char *)sve + 16 + (size_t)n * sve->vl, &value, 16);
}

static void install(int sig, void (*action)(int, siginfo_t *, void *), int flags, int mask_all) {
  struct sigaction sa = {.sa_sigaction = action, .sa_flags = SA_SIGINFO | flags};
  if (mask_all)
    sigfillset(&sa.sa_mask);
  else
    sigemptyset(&sa.sa_mask);
  sigaction(sig, &sa, NULL);
}

static int blocked_now(int sig) {
  sigset_t current;
  sigprocmask(SIG_BLOCK, NULL, &current);
  return sigismember(&current, sig);
}

/* --- siginfo ------------------------------------------------------------------------------------ */

static volatile int last_signo, last_code, last_value, last_pid_is_self, mask_in_handler_ok;

static void record_info(int sig, siginfo_t *info, void *context) {
  ucontext_t *uc = context;
  last_signo = info->si_signo;
  last_code = info->si_code;
  last_value = info->si_value.sival_int;
  last_pid_is_self = info->si_pid == getpid();
  /* in the handler the signal itself and sa_mask (SIGUSR2) are blocked; uc_sigmask is the mask before */
  mask_in_handler_ok = blocked_now(sig) && blocked_now(SIGUSR2) && !sigismember(&uc->uc_sigmask, sig);
}

static void siginfo_fields(void) {
  struct sigaction sa = {.sa_sigaction = record_info, .sa_flags = SA_SIGINFO};
  sigemptyset(&sa.sa_mask);
  sigaddset(&sa.sa_mask, SIGUSR2);
  sigaction(SIGUSR1, &sa, NULL);

  raise(SIGUSR1);
  printf("raise: si_signo %s, si_code %s, si_pid is self: %s\n", last_signo == SIGUSR1 ? "SIGUSR1" : "?",
         last_code == SI_TKILL ? "SI_TKILL" : "other", last_pid_is_self ? "yes" : "no");
  expect(last_signo == SIGUSR1 && last_code == SI_TKILL && last_pid_is_self, "raise gives SI_TKILL");
  expect(mask_in_handler_ok, "handler runs with its signal and sa_mask blocked");
  expect(!blocked_now(SIGUSR1) && !blocked_now(SIGUSR2), "mask restored after the handler");

  kill(getpid(), SIGUSR1);
  expect(last_code == SI_USER, "kill gives SI_USER");
  union sigval value = {.sival_int = 42};
  sigqueue(getpid(), SIGUSR1, value);
  expect(last_code == SI_QUEUE && last_value == 42, "sigqueue gives SI_QUEUE and si_value 42");
}

/* --- the signal frame: registers, pc and FPSIMD seen and changed by handlers ------------------------ */

static volatile int trap_code, trap_addr_is_pc, trap_x9_seen, ill_code, ill_addr_is_pc;
static volatile uint32_t trap_fpsr_seen;
static volatile int fpsimd_record_found, fpsimd_v5_seen;

static void on_sigtrap(int sig, siginfo_t *info, void *context) {
  (void)sig;
  ucontext_t *uc = context;
  uint32_t insn = *(uint32_t *)uc->uc_mcontext.pc;
  trap_code = info->si_code;
  trap_addr_is_pc = (uintptr_t)info->si_addr == uc->uc_mcontext.pc;
  if (insn == 0xd4200000) { /* brk #0: check x9, return 0x1234 in x0 */
    trap_x9_seen = uc->uc_mcontext.regs[9] == 0x9999;
    uc->uc_mcontext.regs[0] = 0x1234;
  } else if (insn == 0xd4200020) { /* brk #1: check and change the FPSIMD record */
    struct fpsimd_record *fp = find_fpsimd(uc);
    fpsimd_record_found = fp != NULL;
    if (fp) {
      fpsimd_v5_seen = fp->vregs[5] == (((__uint128_t)0x0505050505050505 << 64) | 0x0505050505050505);
      trap_fpsr_seen = fp->fpsr;
      set_vreg(uc, 31, ((__uint128_t)0xfeedfacecafef00d << 64) | 0x0123456789abcdef);
    }
    /* clobber every vector register and FPSR here: rt_sigreturn must bring back the interrupted ones */
    asm volatile("msr fpsr, xzr\n"
                 "movi v0.16b, #0xee\n movi v1.16b, #0xee\n movi v2.16b, #0xee\n movi v3.16b, #0xee\n"
                 "movi v4.16b, #0xee\n movi v5.16b, #0xee\n movi v6.16b, #0xee\n movi v7.16b, #0xee\n"
                 "movi v8.16b, #0xee\n movi v9.16b, #0xee\n movi v10.16b, #0xee\n movi v11.16b, #0xee\n"
                 "movi v12.16b, #0xee\n movi v13.16b, #0xee\n movi v14.16b, #0xee\n movi v15.16b, #0xee\n"
                 "movi v16.16b, #0xee\n movi v17.16b, #0xee\n movi v18.16b, #0xee\n movi v19.16b, #0xee\n"
                 "movi v20.16b, #0xee\n movi v21.16b, #0xee\n movi v22.16b, #0xee\n movi v23.16b, #0xee\n"
                 "movi v24.16b, #0xee\n movi v25.16b, #0xee\n movi v26.16b, #0xee\n movi v27.16b, #0xee\n"
                 "movi v28.16b, #0xee\n movi v29.16b, #0xee\n movi v30.16b, #0xee\n movi v31.16b, #0xee\n" ::
                     : "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13",
                       "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26",
                       "v27", "v28", "v29", "v30", "v31");
  }
  uc->uc_mcontext.pc += 4;
}

static void on_sigill(int sig, siginfo_t *info, void *context) {
  (void)sig;
  ucontext_t *uc = context;
  ill_code = info->si_code;
  ill_addr_is_pc = (uintptr_t)info->si_addr == uc->uc_mcontext.pc;
  uc->uc_mcontext.regs[1] = 77;
  uc->uc_mcontext.pc += 4;
}

static long brk_returns_x0(void) {
  register long x0 asm("x0") = 1;
  register long x9 asm("x9") = 0x9999;
  asm volatile("brk #0" : "+r"(x0) : "r"(x9) : "memory");
  return x0;
}

static long udf_returns_x1(void) {
  register long x1 asm("x1") = 1;
  asm volatile("udf #0" : "+r"(x1)::"memory");
  return x1;
}

static void frame_registers(void) {
  install(SIGTRAP, on_sigtrap, 0, 0);
  install(SIGILL, on_sigill, 0, 0);
  long x0 = brk_returns_x0();
  printf("after brk #0: x0 = 0x%lx, si_code %s, si_addr is pc: %s, handler saw x9: %s\n", x0,
         trap_code == TRAP_BRKPT ? "TRAP_BRKPT" : "other", trap_addr_is_pc ? "yes" : "no",
         trap_x9_seen ? "yes" : "no");
  expect(x0 == 0x1234 && trap_code == TRAP_BRKPT && trap_addr_is_pc && trap_x9_seen,
         "handler read x9 and set x0 and pc through uc_mcontext");
  long x1 = udf_returns_x1();
  /* Linux says ILL_ILLOPC (do_el0_undef); qemu-user 7.2 says ILL_ILLOPN: either passes, neither is printed */
  printf("after udf: x1 = %ld, si_code ILL_ILLOPC or ILL_ILLOPN: %s, si_addr is pc: %s\n", x1,
         ill_code == ILL_ILLOPC || ill_code == ILL_ILLOPN ? "yes" : "no", ill_addr_is_pc ? "yes" : "no");
  expect(x1 == 77 && (ill_code == ILL_ILLOPC || ill_code == ILL_ILLOPN) && ill_addr_is_pc,
         "SIGILL handler skipped udf and set x1");

  /* v0..v31 hold 0x00.., 0x01.., ... 0x1f.. in every byte; FPSR.QC set */
  static unsigned char before[32][16], after[32][16];
  for (int r = 0; r < 32; r++)
    memset(before[r], r, 16);
  uint64_t fpsr_before = 1u << 27, fpsr_after = 0;
  asm volatile("msr fpsr, %[fpsr_in]\n"
               "ldp q0, q1, [%[in], #0]\n ldp q2, q3, [%[in], #32]\n ldp q4, q5, [%[in], #64]\n"
               "ldp q6, q7, [%[in], #96]\n ldp q8, q9, [%[in], #128]\n ldp q10, q11, [%[in], #160]\n"
               "ldp q12, q13, [%[in], #192]\n ldp q14, q15, [%[in], #224]\n ldp q16, q17, [%[in], #256]\n"
               "ldp q18, q19, [%[in], #288]\n ldp q20, q21, [%[in], #320]\n ldp q22, q23, [%[in], #352]\n"
               "ldp q24, q25, [%[in], #384]\n ldp q26, q27, [%[in], #416]\n ldp q28, q29, [%[in], #448]\n"
               "ldp q30, q31, [%[in], #480]\n"
               "brk #1\n"
               "stp q0, q1, [%[out], #0]\n stp q2, q3, [%[out], #32]\n stp q4, q5, [%[out], #64]\n"
               "stp q6, q7, [%[out], #96]\n stp q8, q9, [%[out], #128]\n stp q10, q11, [%[out], #160]\n"
               "stp q12, q13, [%[out], #192]\n stp q14, q15, [%[out], #224]\n stp q16, q17, [%[out], #256]\n"
               "stp q18, q19, [%[out], #288]\n stp q20, q21, [%[out], #320]\n stp q22, q23, [%[out], #352]\n"
               "stp q24, q25, [%[out], #384]\n stp q26, q27, [%[out], #416]\n stp q28, q29, [%[out], #448]\n"
               "stp q30, q31, [%[out], #480]\n"
               "mrs %[fpsr_out], fpsr\n"
               : [fpsr_out] "=&r"(fpsr_after)
               : [in] "r"(before), [out] "r"(after), [fpsr_in] "r"(fpsr_before)
               : "memory", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13",
                 "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27",
                 "v28", "v29", "v30", "v31");
  int restored = 0;
  for (int r = 0; r < 31; r++)
    restored += memcmp(before[r], after[r], 16) == 0;
  uint64_t v31[2];
  memcpy(v31, after[31], 16);
  printf("after brk #1: %d of v0..v30 restored, v31 = %016lx%016lx, FPSR.QC in frame: %s, restored: %s\n", restored,
         v31[1], v31[0], trap_fpsr_seen & (1u << 27) ? "yes" : "no", fpsr_after & (1u << 27) ? "yes" : "no");
  expect(fpsimd_record_found && fpsimd_v5_seen, "FPSIMD record found in the frame, v5 as interrupted");
  expect(restored == 31 && v31[1] == 0xfeedfacecafef00d && v31[0] == 0x0123456789abcdef,
         "vector registers restored, v31 as the handler wrote it");
  signal(SIGTRAP, SIG_DFL);
  signal(SIGILL, SIG_DFL);
}

/* --- masks, pending, order and queueing ---------------------------------------------------------- */

static volatile int order[16], order_count, rt_values[8], rt_count;

static void record_order(int sig, siginfo_t *info, void *context) {
  (void)context;
  if (order_count < 16)
    order[order_count++] = sig;
  if (sig == SIGRTMIN && rt_count < 8)
    rt_values[rt_count++] = info->si_value.sival_int;
}

static const char *name(int sig) {
  static char text[4][16];
  static int next;
  char *t = text[next++ % 4];
  if (sig >= SIGRTMIN && sig <= SIGRTMAX)
    snprintf(t, 16, "SIGRTMIN+%d", sig - SIGRTMIN);
  else
    snprintf(t, 16, "SIG%s", sigabbrev_np(sig));
  return t;
}

static void pending_and_order(void) {
  install(SIGUSR1, record_order, 0, 1);
  install(SIGUSR2, record_order, 0, 1);
  install(SIGRTMIN, record_order, 0, 1);
  sigset_t block, old, pending;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  sigaddset(&block, SIGUSR2);
  sigaddset(&block, SIGRTMIN);
  sigprocmask(SIG_BLOCK, &block, &old);
  for (int v = 1; v <= 3; v++)
    sigqueue(getpid(), SIGRTMIN, (union sigval){.sival_int = v});
  for (int i = 0; i < 3; i++)
    kill(getpid(), SIGUSR2);
  kill(getpid(), SIGUSR1);
  sigpending(&pending);
  printf("pending while blocked: SIGUSR1 %s, SIGUSR2 %s, SIGRTMIN %s, SIGTERM %s; handler runs so far: %d\n",
         sigismember(&pending, SIGUSR1) ? "yes" : "no", sigismember(&pending, SIGUSR2) ? "yes" : "no",
         sigismember(&pending, SIGRTMIN) ? "yes" : "no", sigismember(&pending, SIGTERM) ? "yes" : "no", order_count);
  sigprocmask(SIG_SETMASK, &old, NULL);
  printf("delivered after unblocking:");
  for (int i = 0; i < order_count; i++)
    printf(" %s", name(order[i]));
  printf("\nSIGRTMIN values in order:");
  for (int i = 0; i < rt_count; i++)
    printf(" %d", rt_values[i]);
  printf("\n");
  expect(order_count == 5 && order[0] == SIGUSR1 && order[1] == SIGUSR2 && order[2] == SIGRTMIN,
         "lowest signal first; standard signals coalesce, real-time ones queue");
  sigpending(&pending);
  expect(!sigismember(&pending, SIGUSR1) && !sigismember(&pending, SIGRTMIN), "nothing left pending");
}

/* --- sigsuspend ------------------------------------------------------------------------------------ */

static volatile int usr2_seen;
static void count_usr2(int sig, siginfo_t *info, void *context) {
  (void)sig, (void)info, (void)context;
  usr2_seen++;
}

static void suspend(void) {
  install(SIGUSR2, count_usr2, 0, 0);
  sigset_t block, old, during;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR2);
  sigprocmask(SIG_BLOCK, &block, &old);
  fflush(stdout);
  pid_t child = fork();
  if (child == 0) {
    kill(getppid(), SIGUSR2);
    _exit(0);
  }
  sigemptyset(&during);
  int r = sigsuspend(&during);
  int e = errno;
  printf("sigsuspend returned %d (%s), handler ran %d time(s)\n", r, e == EINTR ? "EINTR" : "other", usr2_seen);
  expect(r == -1 && e == EINTR && usr2_seen == 1, "sigsuspend woken by the child's SIGUSR2");
  expect(blocked_now(SIGUSR2), "sigsuspend restored the mask (SIGUSR2 blocked again)");
  sigprocmask(SIG_SETMASK, &old, NULL);
  waitpid(child, NULL, 0);
}

/* --- sigaltstack --------------------------------------------------------------------------------- */

static char *alt_base;
static size_t alt_size;
static volatile int on_alt_stack, ss_onstack_flag;

static void check_stack(int sig, siginfo_t *info, void *context) {
  (void)sig, (void)info, (void)context;
  char local;
  on_alt_stack = &local >= alt_base && &local < alt_base + alt_size;
  stack_t now;
  sigaltstack(NULL, &now);
  ss_onstack_flag = (now.ss_flags & SS_ONSTACK) != 0;
}

static void alternate_stack(void) {
  alt_size = 64 * 1024;
  alt_base = malloc(alt_size);
  stack_t ss = {.ss_sp = alt_base, .ss_size = alt_size, .ss_flags = 0};
  expect(sigaltstack(&ss, NULL) == 0, "sigaltstack installs a 64 KiB stack");
  install(SIGUSR1, check_stack, SA_ONSTACK, 0);
  raise(SIGUSR1);
  expect(on_alt_stack, "SA_ONSTACK handler's locals are on the alternate stack");
  expect(ss_onstack_flag, "sigaltstack reports SS_ONSTACK inside the handler");
  install(SIGUSR1, check_stack, 0, 0);
  raise(SIGUSR1);
  expect(!on_alt_stack, "without SA_ONSTACK the handler runs on the normal stack");
  stack_t now;
  sigaltstack(NULL, &now);
  expect(!(now.ss_flags & SS_ONSTACK) && now.ss_sp == alt_base && now.ss_size == alt_size,
         "outside the handler: not on it, same stack reported");
  ss.ss_flags = SS_DISABLE;
  sigaltstack(&ss, NULL);
}

/* --- SA_RESETHAND and SA_NODEFER ---------------------------------------------------------------- */

static volatile int depth, max_depth, nest_runs;
static void nesting(int sig, siginfo_t *info, void *context) {
  (void)info, (void)context;
  nest_runs++;
  depth++;
  if (depth > max_depth)
    max_depth = depth;
  if (nest_runs == 1)
    raise(sig);
  depth--;
}

static void resethand_and_nodefer(void) {
  install(SIGUSR1, count_usr2, SA_RESETHAND, 0);
  usr2_seen = 0;
  raise(SIGUSR1);
  struct sigaction now;
  sigaction(SIGUSR1, NULL, &now);
  expect(usr2_seen == 1 && now.sa_handler == SIG_DFL, "SA_RESETHAND: handled once, then SIG_DFL");
  fflush(stdout);
  pid_t child = fork();
  if (child == 0) {
    install(SIGUSR1, count_usr2, SA_RESETHAND, 0);
    raise(SIGUSR1);
    raise(SIGUSR1);
    _exit(0);
  }
  int status;
  waitpid(child, &status, 0);
  printf("child raising twice with SA_RESETHAND: %s\n", describe_status(status));

  install(SIGUSR1, nesting, SA_NODEFER, 0);
  raise(SIGUSR1);
  printf("SA_NODEFER: %d runs, max depth %d\n", nest_runs, max_depth);
  nest_runs = max_depth = 0;
  install(SIGUSR1, nesting, 0, 0);
  raise(SIGUSR1);
  printf("without SA_NODEFER: %d runs, max depth %d\n", nest_runs, max_depth);
  signal(SIGUSR1, SIG_DFL);
}

/* --- floating point across asynchronous signals ------------------------------------------------- */

static volatile int ticks;
static volatile double handler_sink;

static void fp_handler(int sig, siginfo_t *info, void *context) {
  (void)sig, (void)info, (void)context;
  ticks++;
  double x = 1.0 + ticks;
  for (int i = 0; i < 50; i++)
    x = x * 1.0000001 + 0.5 / x;
  handler_sink = x;
  asm volatile("movi v0.16b, #0x77\n movi v1.16b, #0x77\n movi v2.16b, #0x77\n movi v3.16b, #0x77\n"
               "movi v8.16b, #0x77\n movi v9.16b, #0x77\n movi v16.16b, #0x77\n movi v31.16b, #0x77\n" ::
                   : "v0", "v1", "v2", "v3", "v8", "v9", "v16", "v31");
}

static volatile int series_length = 20000; /* volatile: every call computes again */

static double series(void) {
  int n = series_length;
  double sum = 0, alt = 0;
  for (int i = 1; i <= n; i++) {
    sum += 1.0 / ((double)i * i);
    alt += (i & 1 ? 1.0 : -1.0) / i;
  }
  return sum * 1000 + alt;
}

static void fp_across_signals(void) {
  double reference = series();
  install(SIGALRM, fp_handler, SA_RESTART, 0);
  struct itimerval every_ms = {{0, 1000}, {0, 1000}}, off = {{0, 0}, {0, 0}};
  setitimer(ITIMER_REAL, &every_ms, NULL);
  int rounds = 0, wrong = 0;
  while (ticks < 20 && rounds < 5000) {
    if (series() != reference)
      wrong++;
    rounds++;
  }
  setitimer(ITIMER_REAL, &off, NULL);
  signal(SIGALRM, SIG_DFL);
  printf("FP results with signals arriving: %s wrong; at least 20 signals handled: %s\n", wrong ? "some" : "none",
         ticks >= 20 ? "yes" : "no");
  expect(wrong == 0 && ticks >= 20, "doubles unchanged by FP-using handlers");
}

/* --- sigtimedwait --------------------------------------------------------------------------------- */

static void timed_wait(void) {
  sigset_t set, old;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  sigprocmask(SIG_BLOCK, &set, &old);
  raise(SIGUSR1);
  siginfo_t info;
  struct timespec second = {1, 0}, short_wait = {0, 20 * 1000000};
  int got = sigtimedwait(&set, &info, &second);
  /* no si_code check: Linux 6.18 on x86-64 reports SI_USER here (qemu passes the host's siginfo through) */
  expect(got == SIGUSR1 && info.si_signo == SIGUSR1, "sigtimedwait takes the pending SIGUSR1");
  long long start = now_ns(CLOCK_MONOTONIC);
  EXPECT_ERRNO(sigtimedwait(&set, &info, &short_wait), EAGAIN);
  expect(now_ns(CLOCK_MONOTONIC) - start >= 20 * 1000000LL, "the empty wait lasted >= 20ms");
  sigqueue(getpid(), SIGUSR1, (union sigval){.sival_int = 9});
  got = sigwaitinfo(&set, &info);
  expect(got == SIGUSR1 && info.si_code == SI_QUEUE && info.si_value.sival_int == 9, "sigwaitinfo gets si_value 9");
  sigprocmask(SIG_SETMASK, &old, NULL);
}

/* --- pthread_kill reaches the chosen thread -------------------------------------------------------- */

static volatile pid_t handled_on_tid;
static void record_tid(int sig, siginfo_t *info, void *context) {
  (void)sig, (void)info, (void)context;
  handled_on_tid = (pid_t)syscall(SYS_gettid);
}

static pid_t worker_tid;
static volatile int worker_stop;
static void *worker(void *arg) {
  (void)arg;
  worker_tid = (pid_t)syscall(SYS_gettid);
  while (!worker_stop)
    usleep(1000);
  return NULL;
}

static void thread_directed(void) {
  install(SIGUSR2, record_tid, 0, 0);
  pthread_t thread;
  pthread_create(&thread, NULL, worker, NULL);
  while (!__atomic_load_n(&worker_tid, __ATOMIC_ACQUIRE))
    usleep(1000);
  pthread_kill(thread, SIGUSR2);
  for (int i = 0; i < 2000 && !handled_on_tid; i++)
    usleep(1000);
  worker_stop = 1;
  pthread_join(thread, NULL);
  expect(handled_on_tid == worker_tid && worker_tid != getpid(), "pthread_kill ran the handler on that thread");
  signal(SIGUSR2, SIG_DFL);
}

int main(void) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  siginfo_fields();
  frame_registers();
  pending_and_order();
  suspend();
  alternate_stack();
  resethand_and_nodefer();
  fp_across_signals();
  timed_wait();
  thread_directed();
  return finish();
}
