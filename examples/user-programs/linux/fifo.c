/* Named pipes: mkfifo, stat shows a FIFO, a reader and a writer in two processes meet through it
 * (each blocking open waits for the other side), O_NONBLOCK rules, poll, EOF after the writer closes,
 * SIGPIPE-free EPIPE, and unlink. Takes a scratch directory as its argument. */
#include "check.h"
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    printf("usage: fifo DIR\n");
    return 99;
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/fifo", argv[1]);
  signal(SIGPIPE, SIG_IGN);
  expect(mkfifo(path, 0600) == 0, "mkfifo");
  expect(mkfifo(path, 0600) == -1 && errno == EEXIST, "mkfifo again is EEXIST");
  struct stat st;
  expect(stat(path, &st) == 0 && S_ISFIFO(st.st_mode), "stat says FIFO");
  expect((st.st_mode & 0777) == 0600, "mode 0600");

  expect(open(path, O_WRONLY | O_NONBLOCK) == -1 && errno == ENXIO, "non-blocking write open without a reader is ENXIO");
  int early = open(path, O_RDONLY | O_NONBLOCK);
  expect(early >= 0, "non-blocking read open succeeds at once");
  char c;
  expect(read(early, &c, 1) == 0 || errno == EAGAIN, "reading with no writer ever: EOF or EAGAIN");
  close(early);

  pid_t child = fork();
  if (child == 0) {
    int w = open(path, O_WRONLY); /* waits for the parent's reader */
    if (w < 0)
      _exit(1);
    const char *msg = "through the fifo\n";
    write(w, msg, strlen(msg));
    close(w);
    _exit(0);
  }
  int r = open(path, O_RDONLY); /* waits for the child's writer */
  expect(r >= 0, "blocking read open meets the writer");
  struct pollfd p = {r, POLLIN, 0};
  expect(poll(&p, 1, 5000) == 1 && (p.revents & POLLIN), "poll sees data");
  char buf[64] = {0};
  int total = 0, n;
  while ((n = read(r, buf + total, sizeof buf - 1 - total)) > 0)
    total += n;
  printf("read: %s", buf);
  expect(n == 0, "EOF after the writer closed");
  int status;
  waitpid(child, &status, 0);
  expect(WIFEXITED(status) && WEXITSTATUS(status) == 0, "writer exited 0");
  close(r);

  int rw = open(path, O_RDWR);
  expect(rw >= 0, "O_RDWR open does not wait");
  expect(write(rw, "x", 1) == 1 && read(rw, &c, 1) == 1 && c == 'x', "O_RDWR descriptor writes and reads back");
  int reader = open(path, O_RDONLY | O_NONBLOCK);
  close(reader);
  close(rw);

  int w2 = open(path, O_RDWR);
  int r2 = open(path, O_RDONLY | O_NONBLOCK);
  close(r2);
  close(w2);

  expect(unlink(path) == 0, "unlink");
  expect(stat(path, &st) == -1 && errno == ENOENT, "gone");
  return failures;
}
