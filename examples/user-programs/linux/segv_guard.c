/* Memory faults as signals: SIGSEGV with SEGV_ACCERR (PROT_NONE guard page, write to PROT_READ) and
 * SEGV_MAPERR (never mapped, unmapped again), si_addr the faulting address, escape by siglongjmp; a
 * handler that mprotects the page and returns so the store is retried; SIGBUS (BUS_ADRERR) past the end
 * of a memfd mapping; an uncaught fault's default action seen by a parent. */
#include "check.h"
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

static sigjmp_buf escape;
static volatile int fault_signal, fault_code;
static void *volatile fault_addr;

static void on_fault(int sig, siginfo_t *info, void *context) {
  (void)context;
  fault_signal = sig;
  fault_code = info->si_code;
  fault_addr = info->si_addr;
  siglongjmp(escape, 1);
}

static const char *code_name(int sig, int code) {
  if (sig == SIGSEGV && code == SEGV_MAPERR)
    return "SEGV_MAPERR";
  if (sig == SIGSEGV && code == SEGV_ACCERR)
    return "SEGV_ACCERR";
  if (sig == SIGBUS && code == BUS_ADRERR)
    return "BUS_ADRERR";
  return "other";
}

/* Touches addr (a load, or a store of value); reports what the handler saw. */
static void touch(const char *what, volatile char *addr, int store, int expected_sig, int expected_code) {
  fault_signal = 0;
  if (sigsetjmp(escape, 1) == 0) {
    if (store)
      *addr = 1;
    else
      (void)*addr;
  }
  int addr_ok = fault_addr == (void *)addr;
  if (fault_signal)
    printf("%s: SIG%s %s, si_addr is the address: %s\n", what, sigabbrev_np(fault_signal),
           code_name(fault_signal, fault_code), addr_ok ? "yes" : "no");
  else
    printf("%s: no fault\n", what);
  if (expected_sig)
    expect(fault_signal == expected_sig && fault_code == expected_code && addr_ok, "%s faults as expected", what);
  else
    expect(fault_signal == 0, "%s works", what);
}

static volatile int retries;
static char *fixable_page;
static long page_size;

static void make_writable(int sig, siginfo_t *info, void *context) {
  (void)sig, (void)context;
  retries++;
  char *page = (char *)((uintptr_t)info->si_addr & ~(uintptr_t)(page_size - 1));
  if (page != fixable_page || retries > 3)
    _exit(50); /* not the page we expected: stop rather than loop */
  mprotect(page, page_size, PROT_READ | PROT_WRITE);
}

int main(void) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  page_size = sysconf(_SC_PAGESIZE);
  struct rlimit no_core = {0, 0}; /* the child killed by SIGSEGV must not leave a core file */
  setrlimit(RLIMIT_CORE, &no_core);
  struct sigaction sa = {.sa_sigaction = on_fault, .sa_flags = SA_SIGINFO};
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);

  /* three pages: the middle one is a guard */
  char *area = mmap(NULL, 3 * page_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  expect(area != MAP_FAILED, "mmap 3 pages");
  expect(mprotect(area + page_size, page_size, PROT_NONE) == 0, "mprotect the middle page PROT_NONE");
  touch("load from the guard page", area + page_size + 100, 0, SIGSEGV, SEGV_ACCERR);
  touch("store to the guard page", area + page_size + 8, 1, SIGSEGV, SEGV_ACCERR);
  touch("store below the guard page", area + page_size - 1, 1, 0, 0);
  touch("store above the guard page", area + 2 * page_size, 1, 0, 0);

  char *readonly = mmap(NULL, page_size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  touch("load from a PROT_READ page", readonly + 5, 0, 0, 0);
  touch("store to a PROT_READ page", readonly + 5, 1, SIGSEGV, SEGV_ACCERR);
  mprotect(readonly, page_size, PROT_READ | PROT_WRITE);
  touch("store after mprotect RW", readonly + 5, 1, 0, 0);
  expect(readonly[5] == 1, "the store is visible");

  munmap(area, 3 * page_size);
  touch("load from an unmapped page", area + 4, 0, SIGSEGV, SEGV_MAPERR);
  touch("store to an unmapped page", area + 2 * page_size + 16, 1, SIGSEGV, SEGV_MAPERR);
  touch("load from address 16", (volatile char *)16, 0, SIGSEGV, SEGV_MAPERR);

  /* a handler that fixes the protection and returns: the store is executed again and succeeds */
  fixable_page = mmap(NULL, page_size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  struct sigaction fix = {.sa_sigaction = make_writable, .sa_flags = SA_SIGINFO};
  sigemptyset(&fix.sa_mask);
  sigaction(SIGSEGV, &fix, NULL);
  ((volatile char *)fixable_page)[123] = 42;
  printf("store retried after the handler's mprotect: handler ran %d time(s), value %d\n", retries,
         fixable_page[123]);
  expect(retries == 1 && fixable_page[123] == 42, "returning from SIGSEGV retries the store");
  sigaction(SIGSEGV, &sa, NULL);

  /* SIGBUS: a mapping of a one-page file, touched on its second page */
  int fd = memfd_create("segv_guard", 0);
  expect(fd >= 0 && ftruncate(fd, page_size) == 0, "memfd_create + ftruncate one page");
  char *file_map = mmap(NULL, 2 * page_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  touch("store within the file", file_map + 10, 1, 0, 0);
  touch("load past the end of the file", file_map + page_size + 10, 0, SIGBUS, BUS_ADRERR);
  char byte = 0;
  expect(pread(fd, &byte, 1, 10) == 1 && byte == 1, "the shared store reached the file");
  close(fd);

  /* an uncaught fault kills: the parent sees SIGSEGV */
  fflush(stdout);
  pid_t child = fork();
  if (child == 0) {
    signal(SIGSEGV, SIG_DFL);
    *(volatile int *)readonly = 0;
    mprotect(readonly, page_size, PROT_READ);
    *(volatile int *)readonly = 1;
    _exit(0);
  }
  int status;
  waitpid(child, &status, 0);
  printf("child storing to a PROT_READ page: %s\n", describe_status(status));
  expect(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV, "default action of SIGSEGV terminates");
  return finish();
}
