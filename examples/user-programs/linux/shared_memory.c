/* MAP_SHARED anonymous memory across fork: parent and child see each other's stores, atomics on it are
 * atomic between the processes, a process-shared mutex works, and MAP_PRIVATE memory stays private. */
#include "check.h"
#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

struct shared {
  long counter;
  long plain;
  pthread_mutex_t lock;
  char message[64];
};

int main(void) {
  struct shared *s = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  int *private = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  expect(s != MAP_FAILED && private != MAP_FAILED, "mmap shared and private");
  pthread_mutexattr_t attr;
  pthread_mutexattr_init(&attr);
  pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
  pthread_mutex_init(&s->lock, &attr);
  *private = 1;
  enum { ROUNDS = 200000 };
  pid_t child = fork();
  if (child == 0) {
    *private = 2;
    for (int i = 0; i < ROUNDS; i++) {
      __atomic_fetch_add(&s->counter, 1, __ATOMIC_SEQ_CST);
      pthread_mutex_lock(&s->lock);
      s->plain++;
      pthread_mutex_unlock(&s->lock);
    }
    strcpy(s->message, "written by the child");
    _exit(0);
  }
  for (int i = 0; i < ROUNDS; i++) {
    __atomic_fetch_add(&s->counter, 1, __ATOMIC_SEQ_CST);
    pthread_mutex_lock(&s->lock);
    s->plain++;
    pthread_mutex_unlock(&s->lock);
  }
  int status;
  waitpid(child, &status, 0);
  expect(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child exited 0");
  expect(s->counter == 2 * ROUNDS, "atomic counter is %d", 2 * ROUNDS);
  expect(s->plain == 2 * ROUNDS, "mutex-protected counter is %d", 2 * ROUNDS);
  printf("message: %s\n", s->message);
  expect(*private == 1, "MAP_PRIVATE memory stays private");
  munmap(s, 4096);
  return failures;
}
