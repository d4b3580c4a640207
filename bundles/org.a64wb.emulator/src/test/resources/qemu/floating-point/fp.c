#include <stdio.h>
#include <stdint.h>
struct st { uint64_t x0, x1, v[8], nzcv, fpcr, fpsr; };
static void case0(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvtzs w0, s1, #1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case1(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvtzu x0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case2(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvtns w0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case3(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvtas w0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case4(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvtps x0, h1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case5(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvtms x0, h1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case6(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvtzs w0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case7(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvtzs x0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case8(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvtzu w0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case9(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvtzs x0, d1, #64\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case10(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "scvtf s0, x0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case11(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "scvtf s0, x0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case12(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "ucvtf d0, x0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case13(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "scvtf h0, w0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case14(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "ucvtf h0, w0, #32\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case15(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "ucvtf h0, w0, #32\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case16(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "scvtf d0, w0, #3\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case17(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmov x0, v1.d[1]\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case18(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmov v0.d[1], x0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case19(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmov h0, w0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case20(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmov x0, h1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case21(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmov w0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case22(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmov d0, x0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case23(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fjcvtzs w0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case24(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fjcvtzs w0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case25(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fjcvtzs w0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case26(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fjcvtzs w0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case27(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fjcvtzs w0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case28(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmov s0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case29(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fabs d0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case30(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fneg h0, h1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case31(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fsqrt s0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case32(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fsqrt d0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case33(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fsqrt h0, h1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case34(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fsqrt s0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case35(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvt h0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case36(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvt h0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case37(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvt s0, h1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case38(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvt s0, h1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case39(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvt d0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case40(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvt s0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case41(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvt h0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case42(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcvt s0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case43(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frinta d0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case44(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frintn d0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case45(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frintx s0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case46(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frinti s0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case47(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frintp h0, h1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case48(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frintz h0, h1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case49(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frintm d0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case50(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frint32z s0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case51(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frint32x d0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case52(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frint64x d0, d1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case53(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frint64z s0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case54(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "frint64z s0, s1\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case55(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcmp s1, #0.0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case56(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcmpe s1, #0.0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case57(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcmp h1, h2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case58(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcmp d1, d2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case59(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcmpe d1, d2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case60(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcmp s1, s2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case61(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmov h0, #-1.25\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case62(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmov s0, #0.125\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case63(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmov d0, #31.0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case64(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fccmp s1, s2, #5, eq\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case65(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fccmp s1, s2, #5, eq\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case66(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fccmpe d1, d2, #0, al\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case67(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fccmp h1, h2, #15, ne\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case68(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fadd s0, s1, s2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case69(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fadd s0, s1, s2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case70(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fsub d0, d1, d2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case71(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fdiv d0, d1, d2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case72(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fdiv h0, h1, h2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case73(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmul s0, s1, s2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case74(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmul s0, s1, s2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case75(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmul s0, s1, s2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case76(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmul h0, h1, h2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case77(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmul d0, d1, d2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case78(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmax s0, s1, s2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case79(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmin s0, s1, s2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case80(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmaxnm d0, d1, d2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case81(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fminnm d0, d1, d2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case82(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmax h0, h1, h2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case83(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fnmul s0, s1, s2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case84(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fnmul s0, s1, s2\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case85(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcsel d0, d1, d2, mi\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case86(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fcsel h0, h1, h2, mi\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case87(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmadd s0, s1, s2, s0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case88(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmsub d0, d1, d2, d0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case89(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fnmadd h0, h1, h2, h0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case90(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fnmsub s0, s1, s2, s0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case91(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fnmsub s0, s1, s2, s0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
static void case92(struct st *s) { asm volatile(
  "ldr x9, [%0, #88]\n msr fpcr, x9\n msr fpsr, xzr\n ldr x9, [%0, #80]\n msr nzcv, x9\n"
  "ldp q0, q1, [%0, #16]\n ldp q2, q3, [%0, #48]\n ldp x0, x1, [%0]\n"
  "fmadd d0, d1, d2, d0\n"
  "stp x0, x1, [%0]\n stp q0, q1, [%0, #16]\n mrs x9, nzcv\n str x9, [%0, #80]\n mrs x9, fpsr\n str x9, [%0, #96]\n msr fpcr, xzr\n"
  :: "r"(s) : "x0", "x1", "x9", "v0", "v1", "v2", "v3", "memory", "cc"); }
int main(void) {
  struct st s;
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x402ccccdULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case0(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 0, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x7ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xbff0000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case1(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 1, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x4004000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case2(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 2, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x4004000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case3(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 3, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xbe00ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case4(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 4, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xbe00ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case5(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 5, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x4202a05f20000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case6(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 6, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7fc00001ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case7(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 7, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x1ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x1000000ULL, 0};
  case8(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 8, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x3fe0000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case9(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 9, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x7fffffffffffffffULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0xc00000ULL, 0};
  case10(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 10, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x7fffffffffffffffULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case11(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 11, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0xffffffffffffffffULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case12(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 12, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x11170ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case13(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 13, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x1ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case14(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 14, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x1ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x80000ULL, 0};
  case15(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 15, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0xfffffff5ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x800000ULL, 0};
  case16(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 16, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x123456789abcdefULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case17(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 17, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0xfedcba9876543210ULL, 0x0ULL, {0x5555ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x5555ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case18(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 18, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0xffffffff12345678ULL, 0x0ULL, {0x5555ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x5555ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case19(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 19, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xabcdef0123456789ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case20(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 20, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xabcdef0123456789ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case21(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 21, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x8000000000000001ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case22(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 22, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x4008000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case23(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 23, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x8000000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0xf0000000ULL, 0x0ULL, 0};
  case24(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 24, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x41f0000005000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case25(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 25, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xc00c000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case26(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 26, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xfff0000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case27(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 27, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7f800001ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case28(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 28, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xfff0000000000001ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case29(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 29, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7c01ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case30(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 30, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xbf800000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case31(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 31, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x4000000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x800000ULL, 0};
  case32(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 32, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x1ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case33(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 33, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x80000001ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x1000000ULL, 0};
  case34(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 34, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x49742400ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x4000000ULL, 0};
  case35(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 35, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x49742400ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case36(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 36, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7c01ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x4000000ULL, 0};
  case37(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 37, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7d01ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case38(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 38, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xffc12345ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x2000000ULL, 0};
  case39(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 39, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x3ff0000010000001ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0xc00000ULL, 0};
  case40(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 40, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x3e80000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x1080000ULL, 0};
  case41(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 41, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x3800000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x1000000ULL, 0};
  case42(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 42, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x4004000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case43(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 43, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x4004000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case44(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 44, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x40200000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case45(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 45, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xbf000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x800000ULL, 0};
  case46(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 46, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xb800ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case47(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 47, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7d00ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case48(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 48, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x1ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case49(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 49, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x4f32d05eULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case50(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 50, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xc1dfffffffc00000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x400000ULL, 0};
  case51(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 51, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x4004000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case52(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 52, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xdf000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case53(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 53, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x5f000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case54(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 54, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7fc00000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case55(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 55, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7fc00000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case56(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 56, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x3c00ULL, 0x1111222233334444ULL, 0x4000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case57(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 57, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x8000000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case58(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 58, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x4000000000000000ULL, 0x1111222233334444ULL, 0x3ff0000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case59(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 59, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL, 0x7f800001ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case60(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 60, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case61(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 61, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case62(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 62, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case63(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 63, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7fa00000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case64(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 64, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7fa00000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x40000000ULL, 0x0ULL, 0};
  case65(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 65, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7ff8000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case66(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 66, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x3c00ULL, 0x1111222233334444ULL, 0xbc00ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case67(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 67, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL, 0x33800000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x400000ULL, 0};
  case68(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 68, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL, 0x33800000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case69(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 69, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x3ff0000000000000ULL, 0x1111222233334444ULL, 0x3ff0000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x800000ULL, 0};
  case70(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 70, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0xbff0000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case71(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 71, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x3c00ULL, 0x1111222233334444ULL, 0x4200ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case72(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 72, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x400000ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x1000000ULL, 0};
  case73(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 73, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x800000ULL, 0x1111222233334444ULL, 0x3f000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case74(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 74, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x800001ULL, 0x1111222233334444ULL, 0x3f000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case75(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 75, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x400ULL, 0x1111222233334444ULL, 0x3800ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x80000ULL, 0};
  case76(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 76, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7fefffffffffffffULL, 0x1111222233334444ULL, 0x4000000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0xc00000ULL, 0};
  case77(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 77, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x80000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case78(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 78, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x80000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case79(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 79, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7ff8000000000000ULL, 0x1111222233334444ULL, 0x3ff0000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case80(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 80, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7ff0000000000001ULL, 0x1111222233334444ULL, 0x3ff0000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case81(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 81, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7e00ULL, 0x1111222233334444ULL, 0x7d00ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case82(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 82, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7fc00001ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case83(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 83, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7f800000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x2000000ULL, 0};
  case84(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 84, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x1111ULL, 0x1111222233334444ULL, 0x2222ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x80000000ULL, 0x0ULL, 0};
  case85(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 85, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x12345678ULL, 0x1111222233334444ULL, 0x9abcdef0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case86(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 86, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x3f800000ULL, 0x1111222233334444ULL, 0x4b800000ULL, 0x1111222233334444ULL, 0x3f800001ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case87(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 87, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x0ULL, 0x1111222233334444ULL, 0x7ff4000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case88(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 88, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x3c00ULL, 0x1111222233334444ULL, 0x3c00ULL, 0x1111222233334444ULL, 0x3c00ULL, 0x1111222233334444ULL, 0x3c00ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case89(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 89, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x3f800000ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case90(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 90, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x3f800000ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL, 0x3f800000ULL, 0x1111222233334444ULL}, 0x0ULL, 0x800000ULL, 0};
  case91(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 91, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  s = (struct st){0x0ULL, 0x0ULL, {0x7ff8000000000000ULL, 0x1111222233334444ULL, 0x7ff0000000000000ULL, 0x1111222233334444ULL, 0x0ULL, 0x1111222233334444ULL, 0x7ff8000000000000ULL, 0x1111222233334444ULL}, 0x0ULL, 0x0ULL, 0};
  case92(&s);
  printf("%d %016llx %016llx %016llx %08llx %08llx\n", 92, (unsigned long long) s.x0, (unsigned long long) s.v[0], (unsigned long long) s.v[1], (unsigned long long) s.nzcv, (unsigned long long) s.fpsr);
  return 0;
}
