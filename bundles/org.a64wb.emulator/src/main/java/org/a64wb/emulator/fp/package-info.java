/**
 * The floating-point core the SIMD&amp;FP instruction semantics call: the functions of the Arm ARM's
 * {@code shared/functions/float/*} pseudocode (DDI 0487, chapter J1 "Armv8 Pseudocode", library sections
 * {@code shared/functions/float/fpadd}, {@code fpmuladd}, {@code fpround}, {@code fpunpack}, {@code fptofixed},
 * {@code fprecipestimate}, ...) for half (16-bit), single (32-bit) and double (64-bit) precision.
 *
 * <h2>Interface</h2>
 * {@link org.a64wb.emulator.fp.FpCore} holds static operations on raw bits in the low 16/32/64 bits of a
 * {@code long}, each taking the width {@code n} and an {@link org.a64wb.emulator.fp.FpStatus} that carries the
 * FPCR (RMode 23:22, FZ 24, DN 25, AHP 26, FZ16 19) the operation reads and the FPSR into which it ORs the
 * cumulative flags IOC, DZC, OFC, UFC, IXC, IDC. Instructions with an explicit rounding (FCVTZS, FRINTA,
 * FCVTXN, ...) pass an {@link org.a64wb.emulator.fp.FpRounding}; the others use FPCR.RMode. Traps (FPCR.xxE)
 * and FEAT_AFP (FPCR.AH, FIZ, NEP), BFloat16 and the AArch32 "standard FPSCR value" are not modelled.
 *
 * <h2>Why integer arithmetic</h2>
 * Java's {@code float}/{@code double} operations round to nearest-even only, have no fused multiply-add with
 * other rounding modes, no half precision, no flush-to-zero, no ties-away or round-to-odd, canonicalise nothing
 * but report no exception flags either, and their NaN propagation is not Arm's. The pseudocode instead computes
 * the exact real result and rounds it once in {@code FPRoundBase}. This package does the same with integers:
 * an operand is unpacked to sign, integer significand and exponent ({@code FPUnpack}); the exact result (or,
 * where it has more bits, a truncation of it to 54..62 bits plus a sticky bit "more non-zero bits below") is
 * formed with {@code long} arithmetic and passed to one rounding routine that implements {@code FPRoundBase}
 * for every width and mode. Add/sub align in 64 bits; products use {@link java.lang.Math#multiplyHigh}; FMA
 * and FRECPS/FRSQRTS align the 106-bit product and the addend in a 128-bit frame; division produces 9 quotient
 * bits per step with the remainder as sticky bit; square root takes {@link java.lang.Math#sqrt} of the 108-bit
 * radicand as an estimate and corrects it exactly with 128-bit squares. {@link java.math.BigInteger} is used
 * only off the common paths (conversions of values of 2^62 and more to integers, FRINT32/64, FJCVTZS). Since
 * the sticky bit lies below the round bit, the rounded result, the underflow test on the <em>unrounded</em>
 * value (Arm detects tininess before rounding; with FZ/FZ16 such a result becomes a signed zero with UFC and
 * without IXC), overflow and inexactness are all exact. No fast path through Java floating point is taken:
 * proving identical flags (IXC, UFC before rounding) for it was not worth the risk.
 *
 * <h2>Details that follow the pseudocode</h2>
 * <ul>
 * <li>NaNs: a signalling NaN raises IOC and is quieted; operands are chosen in the order of
 * {@code FPProcessNaNs} (first SNaN, second SNaN, first QNaN, second QNaN) and {@code FPProcessNaNs3}
 * (addend, op1, op2 for {@code FPMulAdd}), FPCR.DN gives the default NaN; FMA of a quiet-NaN addend with
 * infinity times zero gives the default NaN with IOC.</li>
 * <li>Flush to zero: single/double denormal inputs are flushed by FZ with IDC; half-precision inputs only by
 * FZ16 and without IDC; conversions ({@code FPUnpackCV}, {@code FPRoundCV}) ignore FZ16 and honour AHP.</li>
 * <li>FRECPS/FRSQRTS negate op1 before NaN processing, so a NaN op1 comes back with its sign flipped.</li>
 * </ul>
 *
 * <h2>Verification</h2>
 * {@code src/test/resources/fp/golden.c}, run by {@code regenerate.sh} under {@code qemu-aarch64 -cpu max},
 * writes {@code golden.txt}; {@code FpGoldenTest} checks every line (and, where QEMU is installed, a fresh
 * seed). The one place QEMU 7.2 departs from the pseudocode, FJCVTZS's Z flag for a positive denormal flushed
 * by FZ, is corrected in the test to the Arm ARM.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.emulator.fp;
