/* Two-thread scaling workload for run-user: the same integer work split over N pthreads (argv[1]).
 * Prints the checksum (identical for every N) on stdout and the compute time on stderr. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define TOTAL 640000000ULL

struct part {
  uint64_t from, to, sum;
};

static void *work(void *arg) {
  struct part *p = arg;
  uint64_t sum = 0;
  for (uint64_t i = p->from; i < p->to; i++) {
    uint64_t x = i * 0x9e3779b97f4a7c15ULL;
    x ^= x >> 29;
    x *= 0xbf58476d1ce4e5b9ULL;
    sum += x ^ (x >> 31);
  }
  p->sum = sum;
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 1;
  if (n < 1 || n > 64)
    return 2;
  struct part parts[64];
  pthread_t threads[64];
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  for (int t = 0; t < n; t++) {
    parts[t].from = TOTAL * t / n;
    parts[t].to = TOTAL * (t + 1) / n;
    pthread_create(&threads[t], NULL, work, &parts[t]);
  }
  uint64_t sum = 0;
  for (int t = 0; t < n; t++) {
    pthread_join(threads[t], NULL);
    sum += parts[t].sum;
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  printf("checksum %016llx\n", (unsigned long long)sum);
  fprintf(stderr, "threads %d compute %.3f s\n", n, (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9);
  return 0;
}
