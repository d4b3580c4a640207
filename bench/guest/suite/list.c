/*
 * CoreMark-like list kernel: a singly linked list of records in a static pool, searched, reversed, sorted with
 * a bottom-up merge sort (by value, then by index) and checksummed, round after round. Pointer chasing and
 * data-dependent branches, as in CoreMark's core_list_join.c.
 */
#include "../freestanding.h"

typedef struct node { struct node *next; short value; short index; } node;

#define NODES 2000
static node pool[NODES];

static node *build(u32 seed) {
    node *head = 0;
    for (int i = NODES - 1; i >= 0; i--) {
        seed = seed * 1103515245u + 12345u;
        pool[i].value = (short) (seed >> 16);
        pool[i].index = (short) i;
        pool[i].next = head;
        head = &pool[i];
    }
    return head;
}

static node *reverse(node *list) {
    node *done = 0;
    while (list) { node *next = list->next; list->next = done; done = list; list = next; }
    return done;
}

static node *find(node *list, short value) {
    while (list && list->value != value) list = list->next;
    return list;
}

static int before(const node *a, const node *b, int byValue) {
    return byValue ? (a->value < b->value || (a->value == b->value && a->index <= b->index)) : a->index <= b->index;
}

/* Bottom-up merge sort of a list, as CoreMark's core_list_mergesort. */
static node *sort(node *list, int byValue) {
    for (long width = 1; ; width *= 2) {
        node *p = list, *tail = 0;
        list = 0;
        long merges = 0;
        while (p) {
            merges++;
            node *q = p;
            long psize = 0;
            for (long i = 0; i < width && q; i++) { psize++; q = q->next; }
            long qsize = width;
            while (psize > 0 || (qsize > 0 && q)) {
                node *e;
                if (psize == 0) { e = q; q = q->next; qsize--; }
                else if (qsize == 0 || !q) { e = p; p = p->next; psize--; }
                else if (before(p, q, byValue)) { e = p; p = p->next; psize--; }
                else { e = q; q = q->next; qsize--; }
                if (tail) tail->next = e; else list = e;
                tail = e;
            }
            p = q;
        }
        tail->next = 0;
        if (merges <= 1) return list;
    }
}

void _start(void) {
    u32 crc = 0;
    node *list = build(1);
    for (int round = 0; round < 1200; round++) {
        for (int f = 0; f < 8; f++) {
            node *hit = find(list, (short) (round * 131 + f * 977));
            crc = crc16(crc, hit ? (u32) hit->index : 0xffffu);
        }
        list = reverse(list);
        list = sort(list, round & 1);
        crc = crc16(crc, (u32) list->value);
        crc = crc16(crc, (u32) list->next->index);
        for (node *n = list; n; n = n->next) n->value = (short) (n->value ^ (n->index * 7) ^ round);
    }
    list = sort(list, 0);
    u64 sum = 0;
    for (node *n = list; n; n = n->next) sum = sum * 31 + (u16) n->value;
    puthex("list crc", crc);
    puthex("list sum", sum);
    sys3(93, 0, 0, 0);
    for (;;) { }
}
