package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.isa.a64.A64DataProcessingRegisterSemantics;

/**
 * Data Processing -- Register (Arm ARM C4.1.95): 2-source, 1-source, logical and add/subtract
 * (shifted and extended register), with carry, flag manipulation, conditional compare and select,
 * and 3-source, one method per operation of the spec, taking what the Arm ARM's decode sections
 * compute. Register 31 is ZR except for the extended-register add/subtract, whose Rn is SP and whose
 * Rd is SP in the non-flag-setting forms. W forms (datasize 32) write zero-extended results.
 *
 * The emulated CPU has no FEAT_PAuth: PACIA ... XPACD and PACGA are UNDEFINED.
 */
public interface DataProcessingRegisterExecution extends A64DataProcessingRegisterSemantics, Execution {

    // ---- Data-processing (2 source) ----

    /**
     * UDIV, SDIV: rounds toward zero, division by zero gives 0 (Arm ARM C6.2: "if IsZero(operand2) then
     * result = 0"); INT_MIN / -1 is 2^(N-1), which the datasize-bit result truncates back to INT_MIN, as
     * Java's division does.
     */
    @Override
    default void divide(int d, int n, int m, int datasize, boolean unsigned) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            long divisor = cpu.x(m);
            long dividend = cpu.x(n);
            cpu.setX(d, divisor == 0 ? 0 : unsigned ? Long.divideUnsigned(dividend, divisor) : dividend / divisor);
        } else {
            int divisor = cpu.w(m);
            int dividend = cpu.w(n);
            cpu.setW(d, divisor == 0 ? 0 : unsigned ? Integer.divideUnsigned(dividend, divisor) : dividend / divisor);
        }
    }

    /** LSLV, LSRV, ASRV, RORV: ShiftReg(X[n], shiftType, UInt(X[m]) MOD datasize). */
    @Override
    default void shiftVariable(int d, int n, int m, int datasize, int shiftType) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            cpu.setX(d, Alu.shift64(cpu.x(n), shiftType, (int) cpu.x(m) & 63));
        } else {
            cpu.setW(d, Alu.shift32(cpu.w(n), shiftType, cpu.w(m) & 31));
        }
    }

    @Override
    default void pointerAuthGeneric(int d, int n, int m) {
        throw undefined("PACGA: FEAT_PAuth is not implemented");
    }

    /** CRC32B ... CRC32CX: the size / 8 low bytes of X[m] folded into W[n]. */
    @Override
    default void crc32(int d, int n, int m, int size, boolean crc32c) {
        Cpu cpu = cpu();
        cpu.setW(d, Alu.crc32(crc32c, cpu.w(n), cpu.x(m), size / 8));
    }

    // ---- Data-processing (1 source) ----

    @Override
    default void reverseBits(int d, int n, int datasize) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            cpu.setX(d, Long.reverse(cpu.x(n)));
        } else {
            cpu.setW(d, Integer.reverse(cpu.w(n)));
        }
    }

    /** REV16, REV32, REV: reverses the bytes of each containerSize-bit container. */
    @Override
    default void reverseBytes(int d, int n, int datasize, int containerSize) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            long value = cpu.x(n);
            cpu.setX(d, switch (containerSize) {
                case 16 -> ((value >>> 8) & 0x00ff00ff00ff00ffL) | ((value & 0x00ff00ff00ff00ffL) << 8);
                // Reversing all eight bytes and swapping the words back leaves each word byte-reversed.
                case 32 -> Long.rotateLeft(Long.reverseBytes(value), 32);
                default -> Long.reverseBytes(value);
            });
        } else {
            int value = cpu.w(n);
            cpu.setW(d, containerSize == 16 ? ((value >>> 8) & 0x00ff00ff) | ((value & 0x00ff00ff) << 8) : Integer.reverseBytes(value));
        }
    }

    /**
     * CLZ, CLS. CountLeadingSignBits(x) = CountLeadingZeroBits(x<N-1:1> EOR x<N-2:0>), an (N-1)-bit
     * value; x EOR (x ASR 1) holds it in bits N-2..0 with bit N-1 clear, hence one less leading zero.
     */
    @Override
    default void countLeading(int d, int n, int datasize, boolean signBits) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            long value = cpu.x(n);
            cpu.setX(d, signBits ? Long.numberOfLeadingZeros(value ^ (value >> 1)) - 1 : Long.numberOfLeadingZeros(value));
        } else {
            int value = cpu.w(n);
            cpu.setW(d, signBits ? Integer.numberOfLeadingZeros(value ^ (value >> 1)) - 1 : Integer.numberOfLeadingZeros(value));
        }
    }

    // ---- Pointer authentication: no FEAT_PAuth, so UNDEFINED (EMU.md) ----

    /** PACIA ... AUTDZB: UNDEFINED, reported with the instruction's name. */
    @Override
    default void pointerAuth(int d, int n, boolean auth, boolean data, boolean keyB, boolean zeroModifier) {
        String name = (auth ? "AUT" : "PAC") + (data ? "D" : "I") + (zeroModifier ? "Z" : "") + (keyB ? "B" : "A");
        throw undefined(name + ": FEAT_PAuth is not implemented");
    }

    @Override
    default void stripPointerAuth(int d, boolean data) {
        throw undefined((data ? "XPACD" : "XPACI") + ": FEAT_PAuth is not implemented");
    }

    // ---- Logical (shifted register) ----

    /** AND, BIC, ORR, ORN, EOR, EON, ANDS, BICS: ANDS and BICS set N and Z and clear C and V. */
    @Override
    default void logicalShiftedRegister(int d, int n, int m, int datasize, int shiftType, int shiftAmount, boolean invert,
            int op, boolean setFlags) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            long operand2 = Alu.shift64(cpu.x(m), shiftType, shiftAmount);
            long result = Alu.logical64(op, cpu.x(n), invert ? ~operand2 : operand2);
            if (setFlags) {
                cpu.nzcv = Alu.logicFlags64(result);
            }
            cpu.setX(d, result);
        } else {
            int operand2 = Alu.shift32(cpu.w(m), shiftType, shiftAmount);
            int result = Alu.logical32(op, cpu.w(n), invert ? ~operand2 : operand2);
            if (setFlags) {
                cpu.nzcv = Alu.logicFlags32(result);
            }
            cpu.setW(d, result);
        }
    }

    // ---- Add/subtract (shifted register): register 31 is ZR for Rd, Rn and Rm ----

    @Override
    default void addSubShiftedRegister(int d, int n, int m, int datasize, int shiftType, int shiftAmount, boolean sub,
            boolean setFlags) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            long operand2 = Alu.shift64(cpu.x(m), shiftType, shiftAmount);
            addSubX(cpu, d, false, cpu.x(n), sub ? ~operand2 : operand2, sub ? 1 : 0, setFlags);
        } else {
            int operand2 = Alu.shift32(cpu.w(m), shiftType, shiftAmount);
            addSubW(cpu, d, false, cpu.w(n), sub ? ~operand2 : operand2, sub ? 1 : 0, setFlags);
        }
    }

    // ---- Add/subtract (extended register): Rn is SP; Rd is SP unless flags are set ----

    @Override
    default void addSubExtendedRegister(int d, int n, int m, int datasize, int extendType, int shift, boolean sub,
            boolean setFlags) {
        Cpu cpu = cpu();
        long operand2 = Alu.extend(cpu.x(m), extendType, shift);
        if (datasize == 64) {
            addSubX(cpu, d, !setFlags, cpu.xsp(n), sub ? ~operand2 : operand2, sub ? 1 : 0, setFlags);
        } else {
            addSubW(cpu, d, !setFlags, (int) cpu.xsp(n), sub ? ~(int) operand2 : (int) operand2, sub ? 1 : 0, setFlags);
        }
    }

    // ---- Add/subtract (with carry): SBC is AddWithCarry(Rn, NOT(Rm), C) ----

    @Override
    default void addSubCarry(int d, int n, int m, int datasize, boolean sub, boolean setFlags) {
        Cpu cpu = cpu();
        int carry = cpu.nzcv >>> 29 & 1;
        if (datasize == 64) {
            long operand2 = cpu.x(m);
            addSubX(cpu, d, false, cpu.x(n), sub ? ~operand2 : operand2, carry, setFlags);
        } else {
            int operand2 = cpu.w(m);
            addSubW(cpu, d, false, cpu.w(n), sub ? ~operand2 : operand2, carry, setFlags);
        }
    }

    /**
     * (result, NZCV) = AddWithCarry(x, y, carry) on 32 bits; NZCV is set when {@code setFlags};
     * the result goes to SP[d] when {@code toSp}, else to X[d] (ZR for 31).
     */
    private static void addSubW(Cpu cpu, int d, boolean toSp, int x, int y, int carry, boolean setFlags) {
        int sum = x + y + carry;
        if (setFlags) {
            cpu.nzcv = Alu.addFlags32(x, y, sum);
        }
        if (toSp) {
            cpu.setWsp(d, sum);
        } else {
            cpu.setW(d, sum);
        }
    }

    /** (result, NZCV) = AddWithCarry(x, y, carry) on 64 bits, as {@link #addSubW}. */
    private static void addSubX(Cpu cpu, int d, boolean toSp, long x, long y, int carry, boolean setFlags) {
        long sum = x + y + carry;
        if (setFlags) {
            cpu.nzcv = Alu.addFlags64(x, y, sum);
        }
        if (toSp) {
            cpu.setXsp(d, sum);
        } else {
            cpu.setX(d, sum);
        }
    }

    // ---- Rotate right into flags / Evaluate into flags (FEAT_FlagM) ----

    /** RMIF: each NZCV bit selected by mask<3:0> takes the same bit of ROR(X[n], lsb)<3:0>. */
    @Override
    default void rotateMaskIntoFlags(int n, int lsb, int mask) {
        Cpu cpu = cpu();
        int bits = (int) Long.rotateRight(cpu.x(n), lsb) & 0xf;
        int select = mask << 28;
        cpu.nzcv = (cpu.nzcv & ~select) | ((bits << 28) & select);
    }

    /**
     * SETF8/SETF16: N = X[n]<msb>, Z = IsZero(X[n]<msb:0>), V = X[n]<msb + 1> EOR X[n]<msb>; C is
     * unchanged (Arm ARM C6.2 SETF8, SETF16).
     */
    @Override
    default void evaluateIntoFlags(int n, int msb) {
        Cpu cpu = cpu();
        int value = cpu.w(n);
        int flags = cpu.nzcv & Alu.C;
        if ((value >>> msb & 1) != 0) {
            flags |= Alu.N;
        }
        if ((value << (31 - msb)) == 0) {
            flags |= Alu.Z;
        }
        if ((((value >>> (msb + 1)) ^ (value >>> msb)) & 1) != 0) {
            flags |= Alu.V;
        }
        cpu.nzcv = flags;
    }

    // ---- Conditional compare: flags of Rn + op2 (CCMN) or Rn - op2 (CCMP) when cond holds, else #nzcv ----

    @Override
    default void conditionalCompareRegister(int n, int m, int datasize, boolean sub, int cond, int nzcv) {
        Cpu cpu = cpu();
        conditionalCompare(cpu, n, datasize == 64 ? cpu.x(m) : cpu.w(m), datasize, sub, cond, nzcv);
    }

    @Override
    default void conditionalCompareImmediate(int n, long imm, int datasize, boolean sub, int cond, int nzcv) {
        conditionalCompare(cpu(), n, imm, datasize, sub, cond, nzcv);
    }

    /** The common part of CCMN and CCMP: operand2 is X[m] (W[m] for 32 bits) or the immediate. */
    private static void conditionalCompare(Cpu cpu, int n, long operand2, int datasize, boolean sub, int cond, int nzcv) {
        if (!cpu.conditionHolds(cond)) {
            cpu.setNzcvBits(nzcv);
        } else if (datasize == 64) {
            long x = cpu.x(n);
            long y = sub ? ~operand2 : operand2;
            cpu.nzcv = Alu.addFlags64(x, y, x + y + (sub ? 1 : 0));
        } else {
            int x = cpu.w(n);
            int y = sub ? ~(int) operand2 : (int) operand2;
            cpu.nzcv = Alu.addFlags32(x, y, x + y + (sub ? 1 : 0));
        }
    }

    // ---- Conditional select ----

    /** CSEL, CSINC, CSINV, CSNEG: X[n] when cond holds, else X[m] inverted (elseInv) and/or incremented (elseInc). */
    @Override
    default void conditionalSelect(int d, int n, int m, int datasize, int cond, boolean elseInv, boolean elseInc) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            long result;
            if (cpu.conditionHolds(cond)) {
                result = cpu.x(n);
            } else {
                result = elseInv ? ~cpu.x(m) : cpu.x(m);
                if (elseInc) {
                    result++;
                }
            }
            cpu.setX(d, result);
        } else {
            int result;
            if (cpu.conditionHolds(cond)) {
                result = cpu.w(n);
            } else {
                result = elseInv ? ~cpu.w(m) : cpu.w(m);
                if (elseInc) {
                    result++;
                }
            }
            cpu.setW(d, result);
        }
    }

    // ---- Data-processing (3 source) ----

    /** MADD, MSUB: X[a] + or - X[n] * X[m]. */
    @Override
    default void multiplyAdd(int d, int n, int m, int a, int datasize, boolean sub) {
        Cpu cpu = cpu();
        if (datasize == 64) {
            long product = cpu.x(n) * cpu.x(m);
            cpu.setX(d, sub ? cpu.x(a) - product : cpu.x(a) + product);
        } else {
            int product = cpu.w(n) * cpu.w(m);
            cpu.setW(d, sub ? cpu.w(a) - product : cpu.w(a) + product);
        }
    }

    /** SMADDL, SMSUBL, UMADDL, UMSUBL: X[a] + or - the 64-bit product of W[n] and W[m]. */
    @Override
    default void multiplyAddLong(int d, int n, int m, int a, boolean sub, boolean unsigned) {
        Cpu cpu = cpu();
        long product = unsigned ? (cpu.w(n) & 0xffffffffL) * (cpu.w(m) & 0xffffffffL) : (long) cpu.w(n) * cpu.w(m);
        cpu.setX(d, sub ? cpu.x(a) - product : cpu.x(a) + product);
    }

    /** SMULH, UMULH: Ra is should-be-one and ignored (the spec decodes any value). */
    @Override
    default void multiplyHigh(int d, int n, int m, boolean unsigned) {
        Cpu cpu = cpu();
        long x = cpu.x(n);
        long y = cpu.x(m);
        cpu.setX(d, unsigned ? Alu.unsignedMultiplyHigh(x, y) : Math.multiplyHigh(x, y));
    }
}
