/* Copies stdin to stdout upper-cased, then reports the byte count. Exit status 0. */
#include "rt.h"

int main(int argc, char **argv, char **envp)
{
    (void)argc;
    (void)argv;
    (void)envp;
    char buf[7];
    long total = 0, n;
    rt_flush();
    while ((n = rt_read(0, buf, sizeof buf)) > 0) {
        for (long i = 0; i < n; i++) {
            if (buf[i] >= 'a' && buf[i] <= 'z') {
                buf[i] -= 32;
            }
        }
        rt_write(1, buf, n);
        total += n;
    }
    rt_printf("[%ld bytes]\n", total);
    return 0;
}
