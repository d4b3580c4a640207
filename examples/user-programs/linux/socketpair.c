/* AF_UNIX stream socket pairs: a forked child echoes what it receives in upper case; send/recv, read/write,
 * sendmsg/recvmsg with several iovecs, poll, shutdown (EOF at the peer), fstat, getsockopt, and EPIPE with
 * MSG_NOSIGNAL once the peer has gone. */
#include "check.h"
#include <ctype.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void) {
  int sv[2];
  expect(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0, "socketpair");
  struct stat st;
  expect(fstat(sv[0], &st) == 0 && S_ISSOCK(st.st_mode), "fstat says socket");
  int type = 0;
  socklen_t len = sizeof type;
  expect(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &type, &len) == 0 && type == SOCK_STREAM && len == sizeof type, "SO_TYPE is SOCK_STREAM");
  expect(send(0, "x", 1, 0) == -1 && errno == ENOTSOCK, "send on a non-socket is ENOTSOCK");

  pid_t child = fork();
  if (child == 0) {
    close(sv[0]);
    char buf[256];
    ssize_t n;
    while ((n = read(sv[1], buf, sizeof buf)) > 0) {
      for (ssize_t i = 0; i < n; i++)
        buf[i] = toupper((unsigned char)buf[i]);
      write(sv[1], buf, n);
    }
    write(sv[1], "bye", 3);
    _exit(n == 0 ? 0 : 1);
  }
  close(sv[1]);
  char buf[256] = {0};
  expect(send(sv[0], "hello", 5, 0) == 5, "send");
  expect(recv(sv[0], buf, 5, MSG_WAITALL) == 5 && memcmp(buf, "HELLO", 5) == 0, "recv the echo");

  struct iovec out[2] = {{"two ", 4}, {"parts", 5}};
  struct msghdr msg = {0};
  msg.msg_iov = out;
  msg.msg_iovlen = 2;
  expect(sendmsg(sv[0], &msg, 0) == 9, "sendmsg of two iovecs");
  char a[4], b[5];
  struct iovec in[2] = {{a, 4}, {b, 5}};
  struct msghdr rmsg = {0};
  rmsg.msg_iov = in;
  rmsg.msg_iovlen = 2;
  ssize_t got = 0;
  while (got < 9) {
    ssize_t n = recvmsg(sv[0], &rmsg, MSG_WAITALL);
    if (n <= 0)
      break;
    got += n;
  }
  expect(got == 9 && memcmp(a, "TWO ", 4) == 0 && memcmp(b, "PARTS", 5) == 0, "recvmsg scatters the echo");

  struct pollfd p = {sv[0], POLLIN, 0};
  write(sv[0], "q", 1);
  expect(poll(&p, 1, 5000) == 1 && (p.revents & POLLIN), "poll sees the echo");
  read(sv[0], buf, 1);

  expect(shutdown(sv[0], SHUT_WR) == 0, "shutdown(SHUT_WR)");
  memset(buf, 0, sizeof buf);
  ssize_t n = 0, total = 0;
  while ((n = read(sv[0], buf + total, sizeof buf - 1 - total)) > 0)
    total += n;
  printf("after shutdown the child said: %s\n", buf);
  int status;
  waitpid(child, &status, 0);
  expect(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the child saw EOF and exited 0");
  expect(send(sv[0], "x", 1, MSG_NOSIGNAL) == -1 && errno == EPIPE, "send after shutdown is EPIPE");
  close(sv[0]);
  return failures;
}
