/* Run with a sysroot (qemu-aarch64 -L DIR, run-user --sysroot DIR) holding etc/a64-sysroot/marker.txt:
 * absolute paths that exist under the sysroot are taken from there, the others from the real root. */
#include "check.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  char buf[128] = {0};
  int fd = open("/etc/a64-sysroot/marker.txt", O_RDONLY);
  expect(fd >= 0, "a file only the sysroot has opens");
  if (fd >= 0) {
    read(fd, buf, sizeof buf - 1);
    printf("marker: %s", buf);
    close(fd);
  }
  struct stat st;
  expect(stat("/proc/self/exe", &st) == 0, "paths the sysroot lacks come from the real root");
  expect(access("/etc/a64-sysroot/missing.txt", F_OK) == -1 && errno == ENOENT, "a path in neither is ENOENT");
  return failures;
}
