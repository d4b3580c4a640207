/* argv, environment and auxiliary vector as the program sees them at entry. Exit status 3. */
#include "rt.h"

int main(int argc, char **argv, char **envp)
{
    rt_printf("hello from a static aarch64 program\n");
    rt_printf("argc = %d\n", argc);
    for (int i = 1; i < argc; i++) {
        rt_printf("argv[%d] = \"%s\"\n", i, argv[i]);
    }
    int has_marker = 0;
    for (char **e = envp; *e; e++) {
        if (rt_strcmp(*e, "A64_TEST_MARKER=1") == 0) {
            has_marker = 1;
        }
    }
    rt_printf("A64_TEST_MARKER in envp = %d\n", has_marker);
    rt_printf("AT_PAGESZ = %lu\n", rt_getauxval(6));
    extern char _start[];
    rt_printf("AT_ENTRY is _start = %d\n", rt_getauxval(9) == (u64)_start);
    u8 *random = (u8 *)rt_getauxval(25);
    rt_printf("AT_RANDOM present = %d\n", random != 0);
    const char *platform = (const char *)rt_getauxval(15);
    rt_printf("AT_PLATFORM = %s\n", platform ? platform : "(none)");
    rt_printf("AT_HWCAP has FP and ASIMD = %d\n", (rt_getauxval(16) & 3) == 3);
    rt_printf("AT_PHENT = %lu\n", rt_getauxval(4));
    u64 sp;
    __asm__("mov %0, sp" : "=r"(sp));
    rt_printf("sp is 16-byte aligned = %d\n", (sp & 15) == 0);
    return 3;
}
