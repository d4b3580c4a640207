/* Run on a terminal: reports the terminal's modes, switches to raw mode as a line editor does, reads
 * three keys one by one (no echo, no line buffering), restores the settings and reads a cooked line. */
#include <stdio.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>

static void modes(const char *when, const struct termios *t) {
    printf("%s: icanon=%d echo=%d isig=%d opost=%d vmin=%d\n", when, !!(t->c_lflag & ICANON), !!(t->c_lflag & ECHO),
           !!(t->c_lflag & ISIG), !!(t->c_oflag & OPOST), t->c_cc[VMIN]);
}

int main(void) {
    struct termios cooked, raw, now;
    struct winsize ws;
    if (!isatty(0) || tcgetattr(0, &cooked) != 0) {
        printf("not a terminal\n");
        return 1;
    }
    printf("winsize ok=%d\n", ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0);
    modes("cooked", &cooked);
    raw = cooked;
    cfmakeraw(&raw);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(0, TCSANOW, &raw);
    tcgetattr(0, &now);
    modes("raw", &now);
    printf("keys:\r\n");
    fflush(stdout);
    for (int i = 0; i < 3; i++) {
        unsigned char c;
        if (read(0, &c, 1) != 1) {
            break;
        }
        printf(" %02x", c);
    }
    printf("\r\n");
    tcsetattr(0, TCSAFLUSH, &cooked);
    tcgetattr(0, &now);
    modes("restored", &now);
    fflush(stdout);
    char line[64];
    if (fgets(line, sizeof line, stdin)) {
        printf("line: %s", line);
    }
    return 0;
}
