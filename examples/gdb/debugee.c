/* The program the gdb sessions debug (examples/gdb/compare.sh): a global to watch, a function to
   break in and backtrace through, floating-point and vector values in V registers, and a second
   thread started with pthreads. Built with -O0 -g so every variable lives in memory. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

long counter;
volatile double scale = 1.5;
int values[8] = {1, 2, 3, 4, 5, 6, 7, 8};

__attribute__((noinline)) long add(long a, long b) {
    long sum = a + b;
    counter += sum;
    return sum;
}

__attribute__((noinline)) double blend(double x) {
    return x * scale + 0.25;
}

static void *worker(void *arg) {
    long n = (long) arg;
    /* Long enough for main to be waiting in pthread_join when gdb stops this thread in add. */
    usleep(200000);
    return (void *) add(n, 100);
}

int main(void) {
    long total = 0;
    for (int i = 0; i < 3; i++) {
        total += add(i, values[i]);
    }
    double d = blend((double) total);
    pthread_t thread;
    void *result;
    pthread_create(&thread, NULL, worker, (void *) 7);
    pthread_join(thread, &result);
    counter += (long) result;
    printf("total %ld counter %ld blend %.2f\n", total, counter, d);
    return (int) (counter & 0x3f);
}
