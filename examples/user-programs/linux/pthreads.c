/* Threads (clone with CLONE_THREAD|CLONE_SETTLS, futex, set_tid_address): a mutex-protected counter,
 * a bounded producer/consumer queue on condition variables, C11 atomics, join values, __thread,
 * pthread_once, a barrier, a detached thread, and gettid differing between threads. */
#include "check.h"
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

enum { THREADS = 4, INCREMENTS = 100000 };

static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static atomic_long atomic_counter;
static __thread long thread_local_value = 7;

static void *increment(void *arg) {
  long id = (long)arg;
  thread_local_value = id * 1000;
  for (int i = 0; i < INCREMENTS; i++) {
    pthread_mutex_lock(&counter_lock);
    counter++;
    pthread_mutex_unlock(&counter_lock);
    atomic_fetch_add_explicit(&atomic_counter, 1, memory_order_relaxed);
  }
  /* __thread is private: no other thread's store reached ours */
  return (void *)(thread_local_value == id * 1000 ? id + 100 : -1);
}

static void counters(void) {
  pthread_t threads[THREADS];
  for (long i = 0; i < THREADS; i++)
    pthread_create(&threads[i], NULL, increment, (void *)i);
  long joined_sum = 0;
  for (int i = 0; i < THREADS; i++) {
    void *value;
    pthread_join(threads[i], &value);
    printf("thread %d returned %ld\n", i, (long)value);
    joined_sum += (long)value;
  }
  printf("mutex counter %ld, atomic counter %ld\n", counter, atomic_load(&atomic_counter));
  expect(counter == THREADS * INCREMENTS, "mutex counter is %d", THREADS * INCREMENTS);
  expect(atomic_load(&atomic_counter) == THREADS * INCREMENTS, "atomic counter is %d", THREADS * INCREMENTS);
  expect(joined_sum == 100 * THREADS + THREADS * (THREADS - 1) / 2, "join values are 100..103");
  expect(thread_local_value == 7, "main thread's __thread value untouched (7)");
}

/* Bounded queue: 2 producers x 5000 items through 8 slots to 2 consumers. */
enum { SLOTS = 8, PRODUCERS = 2, CONSUMERS = 2, ITEMS = 5000 };
static int queue[SLOTS];
static int head, tail, count, producers_done;
static pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;

static void *produce(void *arg) {
  int base = (int)(long)arg * ITEMS;
  for (int i = 1; i <= ITEMS; i++) {
    pthread_mutex_lock(&queue_lock);
    while (count == SLOTS)
      pthread_cond_wait(&not_full, &queue_lock);
    queue[tail] = base + i;
    tail = (tail + 1) % SLOTS;
    count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&queue_lock);
  }
  pthread_mutex_lock(&queue_lock);
  producers_done++;
  pthread_cond_broadcast(&not_empty);
  pthread_mutex_unlock(&queue_lock);
  return NULL;
}

static void *consume(void *arg) {
  (void)arg;
  long sum = 0, items = 0;
  for (;;) {
    pthread_mutex_lock(&queue_lock);
    while (count == 0 && producers_done < PRODUCERS)
      pthread_cond_wait(&not_empty, &queue_lock);
    if (count == 0) {
      pthread_mutex_unlock(&queue_lock);
      break;
    }
    sum += queue[head];
    head = (head + 1) % SLOTS;
    count--;
    items++;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&queue_lock);
  }
  long *result = malloc(2 * sizeof *result);
  result[0] = sum;
  result[1] = items;
  return result;
}

static void producer_consumer(void) {
  pthread_t producers[PRODUCERS], consumers[CONSUMERS];
  for (long i = 0; i < CONSUMERS; i++)
    pthread_create(&consumers[i], NULL, consume, NULL);
  for (long i = 0; i < PRODUCERS; i++)
    pthread_create(&producers[i], NULL, produce, (void *)i);
  for (int i = 0; i < PRODUCERS; i++)
    pthread_join(producers[i], NULL);
  long sum = 0, items = 0;
  for (int i = 0; i < CONSUMERS; i++) {
    long *result;
    pthread_join(consumers[i], (void **)&result);
    sum += result[0];
    items += result[1];
    free(result);
  }
  long n = PRODUCERS * ITEMS;
  printf("queue: %ld items consumed, sum %ld\n", items, sum);
  expect(items == n && sum == n * (n + 1) / 2, "every item consumed exactly once");
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static atomic_int once_runs;
static void run_once(void) { atomic_fetch_add(&once_runs, 1); }

enum { BARRIER_THREADS = 4, ROUNDS = 50 };
static pthread_barrier_t barrier;
static atomic_int arrived[ROUNDS];
static atomic_int barrier_violations, serial_threads;

static void *barrier_worker(void *arg) {
  (void)arg;
  pthread_once(&once, run_once);
  for (int r = 0; r < ROUNDS; r++) {
    atomic_fetch_add(&arrived[r], 1);
    if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD)
      atomic_fetch_add(&serial_threads, 1);
    /* past the barrier, everyone has arrived at this round */
    if (atomic_load(&arrived[r]) != BARRIER_THREADS)
      atomic_fetch_add(&barrier_violations, 1);
  }
  return NULL;
}

static void once_and_barrier(void) {
  pthread_barrier_init(&barrier, NULL, BARRIER_THREADS);
  pthread_t threads[BARRIER_THREADS];
  for (int i = 0; i < BARRIER_THREADS; i++)
    pthread_create(&threads[i], NULL, barrier_worker, NULL);
  for (int i = 0; i < BARRIER_THREADS; i++)
    pthread_join(threads[i], NULL);
  pthread_barrier_destroy(&barrier);
  printf("pthread_once ran %d time(s); barrier: %d rounds, %d serial threads, %d violations\n",
         atomic_load(&once_runs), ROUNDS, atomic_load(&serial_threads), atomic_load(&barrier_violations));
  expect(atomic_load(&once_runs) == 1 && atomic_load(&serial_threads) == ROUNDS &&
             atomic_load(&barrier_violations) == 0,
         "once once, one serial thread per round, nobody passes early");
}

static pid_t other_tid;
static pthread_mutex_t detached_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t detached_done = PTHREAD_COND_INITIALIZER;
static int detached_finished;

static void *detached(void *arg) {
  (void)arg;
  pthread_mutex_lock(&detached_lock);
  other_tid = (pid_t)syscall(SYS_gettid);
  detached_finished = 1;
  pthread_cond_signal(&detached_done);
  pthread_mutex_unlock(&detached_lock);
  return NULL;
}

static void ids(void) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t thread;
  pthread_create(&thread, &attr, detached, NULL);
  pthread_mutex_lock(&detached_lock);
  while (!detached_finished)
    pthread_cond_wait(&detached_done, &detached_lock);
  pthread_mutex_unlock(&detached_lock);
  pid_t tid = (pid_t)syscall(SYS_gettid);
  expect(tid == getpid(), "main thread's tid is the pid");
  expect(other_tid != tid && other_tid > 0, "another thread has its own tid");
  expect(pthread_equal(pthread_self(), pthread_self()) && !pthread_equal(pthread_self(), thread),
         "pthread_self differs between threads");
}

int main(void) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  counters();
  producer_consumer();
  once_and_barrier();
  ids();
  return finish();
}
