/* The smallest real program: static glibc start-up (ifunc'd string functions, stdio) and a greeting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    char buffer[256];
    memset(buffer, 'x', sizeof buffer);
    buffer[255] = 0;
    printf("hello, world from %s with %d arguments\n", strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0], argc - 1);
    for (int i = 1; i < argc; i++) {
        printf("argv[%d] = \"%s\" (%zu bytes)\n", i, argv[i], strlen(argv[i]));
    }
    printf("strlen of the filled buffer: %zu\n", strlen(buffer));
    char *copy = strdup("a string copied on the heap");
    printf("%s, compared: %d\n", copy, strcmp(copy, "a string copied on the heap"));
    free(copy);
    const char *home = getenv("A64_TEST_MARKER");
    printf("A64_TEST_MARKER=%s\n", home ? home : "(unset)");
    return 3;
}
