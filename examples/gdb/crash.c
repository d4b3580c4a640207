/* For signal.gdb: a SIGUSR1 the program handles, then a SIGSEGV it does not. gdb sees each signal
   before the program does, as with QEMU's stub (gdb_handlesig). */
#include <signal.h>
#include <stdio.h>

static volatile int handled;

static void on_usr1(int signal) {
    handled = signal;
}

__attribute__((noinline)) int load(volatile int *p) {
    return *p;
}

int main(void) {
    signal(SIGUSR1, on_usr1);
    raise(SIGUSR1);
    printf("handled %d\n", handled);
    fflush(stdout);
    return load((volatile int *) 8);
}
