/*
 * CoreMark-like state machine: scans a text of numbers in several formats (integers, floats, scientific, hex,
 * invalid tokens) character by character, counting transitions per state, as CoreMark's core_state.c does; the
 * text is corrupted and repaired between passes so branches stay data-dependent.
 */
#include "../freestanding.h"

enum { START, INVALID, S1, S2, INT, FLOAT, EXPONENT, SCIENTIFIC, STATES };

#define SIZE 4096
static u8 text[SIZE];

static int isDigit(u8 c) { return c >= '0' && c <= '9'; }

static int next(const u8 **p, u32 *transitions) {
    const u8 *s = *p;
    int state = START;
    for (; *s && state != INVALID; s++) {
        u8 c = *s;
        if (c == ',') { s++; break; }
        switch (state) {
            case START:
                if (isDigit(c)) state = INT;
                else if (c == '+' || c == '-') state = S1;
                else if (c == '.') state = FLOAT;
                else { state = INVALID; transitions[INVALID]++; }
                transitions[START]++;
                break;
            case S1:
                if (isDigit(c)) { state = INT; transitions[S1]++; }
                else if (c == '.') { state = FLOAT; transitions[S1]++; }
                else { state = INVALID; transitions[S1]++; }
                break;
            case INT:
                if (c == '.') { state = FLOAT; transitions[INT]++; }
                else if (!isDigit(c)) { state = INVALID; transitions[INT]++; }
                break;
            case FLOAT:
                if (c == 'E' || c == 'e') { state = S2; transitions[FLOAT]++; }
                else if (!isDigit(c)) { state = INVALID; transitions[FLOAT]++; }
                break;
            case S2:
                if (c == '+' || c == '-') { state = EXPONENT; transitions[S2]++; }
                else { state = INVALID; transitions[S2]++; }
                break;
            case EXPONENT:
                if (isDigit(c)) { state = SCIENTIFIC; transitions[EXPONENT]++; }
                else { state = INVALID; transitions[EXPONENT]++; }
                break;
            case SCIENTIFIC:
                if (!isDigit(c)) { state = INVALID; transitions[INVALID]++; }
                break;
        }
    }
    *p = s;
    return state;
}

static const char *const samples[] = {"5012", "1234", "-874", "+122", "35.54", ".1234", "-110.700", "+0.64400",
    "5.500e+3", "-.123e-2", "-87e+832", "+0.6e-12", "T0.3e-1F", "-T.T++Tq", "1T3.4e4z", "34.0e-T^"};

void _start(void) {
    u32 seed = 11;
    int len = 0;
    while (len < SIZE - 16) {
        seed = seed * 1103515245u + 12345u;
        const char *s = samples[(seed >> 16) & 15];
        while (*s && len < SIZE - 2) text[len++] = (u8) *s++;
        text[len++] = ',';
    }
    text[len] = 0;
    u32 finals[STATES] = {0}, transitions[STATES] = {0};
    for (int round = 0; round < 2000; round++) {
        const u8 *p = text;
        while (*p) finals[next(&p, transitions)]++;
        /* corrupt every 11th character, scan, then undo */
        u8 xor = (u8) (round | 1);
        for (int i = round % 11; i < len; i += 11) if (text[i] != ',') text[i] ^= xor;
        p = text;
        while (*p) finals[next(&p, transitions)]++;
        for (int i = round % 11; i < len; i += 11) if (text[i] != ',') text[i] ^= xor;
    }
    u64 h = 0;
    for (int i = 0; i < STATES; i++) h = h * 1000003 + finals[i] * 31 + transitions[i];
    puthex("state hash", h);
    sys3(93, 0, 0, 0);
    for (;;) { }
}
