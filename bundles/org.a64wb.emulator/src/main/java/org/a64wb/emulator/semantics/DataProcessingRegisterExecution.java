package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.isa.a64.A64DataProcessingRegisterSemantics;

/**
 * Data Processing -- Register (Arm ARM C4.1.95): 2-source, 1-source, logical and add/subtract
 * (shifted and extended register), with carry, flag manipulation, conditional compare and select,
 * and 3-source. Register 31 is ZR except for the extended-register add/subtract, whose Rn is SP and
 * whose Rd is SP in the non-flag-setting forms. W forms write zero-extended results.
 *
 * The emulated CPU has no FEAT_PAuth: PACIA ... XPACD and PACGA are UNDEFINED.
 */
public interface DataProcessingRegisterExecution extends A64DataProcessingRegisterSemantics, Execution {

    // ---- Data-processing (2 source) ----

    /** UDIV: division by zero gives 0 (Arm ARM C6.2 UDIV: "if IsZero(operand2) then result = 0"). */
    @Override
    default void UDIV_w(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        int divisor = cpu.w(Rm);
        cpu.setW(Rd, divisor == 0 ? 0 : Integer.divideUnsigned(cpu.w(Rn), divisor));
    }

    @Override
    default void UDIV_x(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        long divisor = cpu.x(Rm);
        cpu.setX(Rd, divisor == 0 ? 0 : Long.divideUnsigned(cpu.x(Rn), divisor));
    }

    /**
     * SDIV: rounds toward zero, division by zero gives 0; INT_MIN / -1 is 2^(N-1), which the
     * datasize-bit result truncates back to INT_MIN, as Java's division does.
     */
    @Override
    default void SDIV_w(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        int divisor = cpu.w(Rm);
        cpu.setW(Rd, divisor == 0 ? 0 : cpu.w(Rn) / divisor);
    }

    @Override
    default void SDIV_x(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        long divisor = cpu.x(Rm);
        cpu.setX(Rd, divisor == 0 ? 0 : cpu.x(Rn) / divisor);
    }

    // Shifts by register: the amount is UInt(Rm) MOD datasize, which is exactly what Java's shift
    // operators take of their right operand (5 bits for int, 6 for long).

    @Override
    default void LSLV_w(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) << cpu.w(Rm));
    }

    @Override
    default void LSLV_x(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) << cpu.x(Rm));
    }

    @Override
    default void LSRV_w(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) >>> cpu.w(Rm));
    }

    @Override
    default void LSRV_x(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) >>> cpu.x(Rm));
    }

    @Override
    default void ASRV_w(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) >> cpu.w(Rm));
    }

    @Override
    default void ASRV_x(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) >> cpu.x(Rm));
    }

    @Override
    default void RORV_w(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, Integer.rotateRight(cpu.w(Rn), cpu.w(Rm)));
    }

    @Override
    default void RORV_x(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, Long.rotateRight(cpu.x(Rn), (int) cpu.x(Rm)));
    }

    @Override
    default void PACGA_x(int Rm, int Rn, int Rd) {
        throw undefined("PACGA: FEAT_PAuth is not implemented");
    }

    @Override
    default void CRC32B_w(int Rm, int Rn, int Rd) {
        crc32(cpu(), false, Rm, Rn, Rd, 1);
    }

    @Override
    default void CRC32H_w(int Rm, int Rn, int Rd) {
        crc32(cpu(), false, Rm, Rn, Rd, 2);
    }

    @Override
    default void CRC32W_w(int Rm, int Rn, int Rd) {
        crc32(cpu(), false, Rm, Rn, Rd, 4);
    }

    @Override
    default void CRC32X_w(int Rm, int Rn, int Rd) {
        crc32(cpu(), false, Rm, Rn, Rd, 8);
    }

    @Override
    default void CRC32CB_w(int Rm, int Rn, int Rd) {
        crc32(cpu(), true, Rm, Rn, Rd, 1);
    }

    @Override
    default void CRC32CH_w(int Rm, int Rn, int Rd) {
        crc32(cpu(), true, Rm, Rn, Rd, 2);
    }

    @Override
    default void CRC32CW_w(int Rm, int Rn, int Rd) {
        crc32(cpu(), true, Rm, Rn, Rd, 4);
    }

    @Override
    default void CRC32CX_w(int Rm, int Rn, int Rd) {
        crc32(cpu(), true, Rm, Rn, Rd, 8);
    }

    private static void crc32(Cpu cpu, boolean castagnoli, int Rm, int Rn, int Rd, int bytes) {
        cpu.setW(Rd, Alu.crc32(castagnoli, cpu.w(Rn), cpu.x(Rm), bytes));
    }

    // ---- Data-processing (1 source) ----

    @Override
    default void RBIT_w(int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, Integer.reverse(cpu.w(Rn)));
    }

    @Override
    default void RBIT_x(int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, Long.reverse(cpu.x(Rn)));
    }

    /** REV16: reverses the bytes of each halfword. */
    @Override
    default void REV16_w(int Rn, int Rd) {
        Cpu cpu = cpu();
        int value = cpu.w(Rn);
        cpu.setW(Rd, ((value >>> 8) & 0x00ff00ff) | ((value & 0x00ff00ff) << 8));
    }

    @Override
    default void REV16_x(int Rn, int Rd) {
        Cpu cpu = cpu();
        long value = cpu.x(Rn);
        cpu.setX(Rd, ((value >>> 8) & 0x00ff00ff00ff00ffL) | ((value & 0x00ff00ff00ff00ffL) << 8));
    }

    @Override
    default void REV_w(int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, Integer.reverseBytes(cpu.w(Rn)));
    }

    /** REV32: reverses the bytes of each word. */
    @Override
    default void REV32_x(int Rn, int Rd) {
        Cpu cpu = cpu();
        // Reversing all eight bytes and swapping the words back leaves each word byte-reversed.
        cpu.setX(Rd, Long.rotateLeft(Long.reverseBytes(cpu.x(Rn)), 32));
    }

    @Override
    default void REV_x(int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, Long.reverseBytes(cpu.x(Rn)));
    }

    @Override
    default void CLZ_w(int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, Integer.numberOfLeadingZeros(cpu.w(Rn)));
    }

    @Override
    default void CLZ_x(int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, Long.numberOfLeadingZeros(cpu.x(Rn)));
    }

    /**
     * CLS: CountLeadingSignBits(x) = CountLeadingZeroBits(x<N-1:1> EOR x<N-2:0>), an (N-1)-bit
     * value; x EOR (x ASR 1) holds it in bits N-2..0 with bit N-1 clear, hence one less leading zero.
     */
    @Override
    default void CLS_w(int Rn, int Rd) {
        Cpu cpu = cpu();
        int value = cpu.w(Rn);
        cpu.setW(Rd, Integer.numberOfLeadingZeros(value ^ (value >> 1)) - 1);
    }

    @Override
    default void CLS_x(int Rn, int Rd) {
        Cpu cpu = cpu();
        long value = cpu.x(Rn);
        cpu.setX(Rd, Long.numberOfLeadingZeros(value ^ (value >> 1)) - 1);
    }

    // ---- Pointer authentication: no FEAT_PAuth, so UNDEFINED (EMU.md) ----

    @Override
    default void PACIA_x(int Rn, int Rd) {
        throw undefined("PACIA: FEAT_PAuth is not implemented");
    }

    @Override
    default void PACIB_x(int Rn, int Rd) {
        throw undefined("PACIB: FEAT_PAuth is not implemented");
    }

    @Override
    default void PACDA_x(int Rn, int Rd) {
        throw undefined("PACDA: FEAT_PAuth is not implemented");
    }

    @Override
    default void PACDB_x(int Rn, int Rd) {
        throw undefined("PACDB: FEAT_PAuth is not implemented");
    }

    @Override
    default void AUTIA_x(int Rn, int Rd) {
        throw undefined("AUTIA: FEAT_PAuth is not implemented");
    }

    @Override
    default void AUTIB_x(int Rn, int Rd) {
        throw undefined("AUTIB: FEAT_PAuth is not implemented");
    }

    @Override
    default void AUTDA_x(int Rn, int Rd) {
        throw undefined("AUTDA: FEAT_PAuth is not implemented");
    }

    @Override
    default void AUTDB_x(int Rn, int Rd) {
        throw undefined("AUTDB: FEAT_PAuth is not implemented");
    }

    @Override
    default void PACIZA_x(int Rd) {
        throw undefined("PACIZA: FEAT_PAuth is not implemented");
    }

    @Override
    default void PACIZB_x(int Rd) {
        throw undefined("PACIZB: FEAT_PAuth is not implemented");
    }

    @Override
    default void PACDZA_x(int Rd) {
        throw undefined("PACDZA: FEAT_PAuth is not implemented");
    }

    @Override
    default void PACDZB_x(int Rd) {
        throw undefined("PACDZB: FEAT_PAuth is not implemented");
    }

    @Override
    default void AUTIZA_x(int Rd) {
        throw undefined("AUTIZA: FEAT_PAuth is not implemented");
    }

    @Override
    default void AUTIZB_x(int Rd) {
        throw undefined("AUTIZB: FEAT_PAuth is not implemented");
    }

    @Override
    default void AUTDZA_x(int Rd) {
        throw undefined("AUTDZA: FEAT_PAuth is not implemented");
    }

    @Override
    default void AUTDZB_x(int Rd) {
        throw undefined("AUTDZB: FEAT_PAuth is not implemented");
    }

    @Override
    default void XPACI_x(int Rd) {
        throw undefined("XPACI: FEAT_PAuth is not implemented");
    }

    @Override
    default void XPACD_x(int Rd) {
        throw undefined("XPACD: FEAT_PAuth is not implemented");
    }

    // ---- Logical (shifted register) ----

    @Override
    default void AND_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) & Alu.shift32(cpu.w(Rm), shift, imm6));
    }

    @Override
    default void AND_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) & Alu.shift64(cpu.x(Rm), shift, imm6));
    }

    @Override
    default void BIC_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) & ~Alu.shift32(cpu.w(Rm), shift, imm6));
    }

    @Override
    default void BIC_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) & ~Alu.shift64(cpu.x(Rm), shift, imm6));
    }

    @Override
    default void ORR_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) | Alu.shift32(cpu.w(Rm), shift, imm6));
    }

    @Override
    default void ORR_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) | Alu.shift64(cpu.x(Rm), shift, imm6));
    }

    @Override
    default void ORN_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) | ~Alu.shift32(cpu.w(Rm), shift, imm6));
    }

    @Override
    default void ORN_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) | ~Alu.shift64(cpu.x(Rm), shift, imm6));
    }

    @Override
    default void EOR_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) ^ Alu.shift32(cpu.w(Rm), shift, imm6));
    }

    @Override
    default void EOR_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) ^ Alu.shift64(cpu.x(Rm), shift, imm6));
    }

    @Override
    default void EON_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) ^ ~Alu.shift32(cpu.w(Rm), shift, imm6));
    }

    @Override
    default void EON_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) ^ ~Alu.shift64(cpu.x(Rm), shift, imm6));
    }

    @Override
    default void ANDS_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        int result = cpu.w(Rn) & Alu.shift32(cpu.w(Rm), shift, imm6);
        cpu.nzcv = Alu.logicFlags32(result);
        cpu.setW(Rd, result);
    }

    @Override
    default void ANDS_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        long result = cpu.x(Rn) & Alu.shift64(cpu.x(Rm), shift, imm6);
        cpu.nzcv = Alu.logicFlags64(result);
        cpu.setX(Rd, result);
    }

    @Override
    default void BICS_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        int result = cpu.w(Rn) & ~Alu.shift32(cpu.w(Rm), shift, imm6);
        cpu.nzcv = Alu.logicFlags32(result);
        cpu.setW(Rd, result);
    }

    @Override
    default void BICS_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        long result = cpu.x(Rn) & ~Alu.shift64(cpu.x(Rm), shift, imm6);
        cpu.nzcv = Alu.logicFlags64(result);
        cpu.setX(Rd, result);
    }

    // ---- Add/subtract (shifted register): register 31 is ZR for Rd, Rn and Rm ----

    @Override
    default void ADD_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) + Alu.shift32(cpu.w(Rm), shift, imm6));
    }

    @Override
    default void ADD_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) + Alu.shift64(cpu.x(Rm), shift, imm6));
    }

    @Override
    default void ADDS_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsW(cpu, Rd, cpu.w(Rn), Alu.shift32(cpu.w(Rm), shift, imm6), 0);
    }

    @Override
    default void ADDS_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsX(cpu, Rd, cpu.x(Rn), Alu.shift64(cpu.x(Rm), shift, imm6), 0);
    }

    @Override
    default void SUB_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) - Alu.shift32(cpu.w(Rm), shift, imm6));
    }

    @Override
    default void SUB_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) - Alu.shift64(cpu.x(Rm), shift, imm6));
    }

    @Override
    default void SUBS_sreg_w(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsW(cpu, Rd, cpu.w(Rn), ~Alu.shift32(cpu.w(Rm), shift, imm6), 1);
    }

    @Override
    default void SUBS_sreg_x(int shift, int Rm, int imm6, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsX(cpu, Rd, cpu.x(Rn), ~Alu.shift64(cpu.x(Rm), shift, imm6), 1);
    }

    // ---- Add/subtract (extended register): Rn is SP; Rd is SP unless flags are set ----

    @Override
    default void ADD_ereg_w(int Rm, int option, int imm3, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setWsp(Rd, (int) cpu.xsp(Rn) + (int) Alu.extend(cpu.x(Rm), option, imm3));
    }

    @Override
    default void ADD_ereg_x(int Rm, int option, int imm3, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setXsp(Rd, cpu.xsp(Rn) + Alu.extend(cpu.x(Rm), option, imm3));
    }

    @Override
    default void ADDS_ereg_w(int Rm, int option, int imm3, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsW(cpu, Rd, (int) cpu.xsp(Rn), (int) Alu.extend(cpu.x(Rm), option, imm3), 0);
    }

    @Override
    default void ADDS_ereg_x(int Rm, int option, int imm3, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsX(cpu, Rd, cpu.xsp(Rn), Alu.extend(cpu.x(Rm), option, imm3), 0);
    }

    @Override
    default void SUB_ereg_w(int Rm, int option, int imm3, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setWsp(Rd, (int) cpu.xsp(Rn) - (int) Alu.extend(cpu.x(Rm), option, imm3));
    }

    @Override
    default void SUB_ereg_x(int Rm, int option, int imm3, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setXsp(Rd, cpu.xsp(Rn) - Alu.extend(cpu.x(Rm), option, imm3));
    }

    @Override
    default void SUBS_ereg_w(int Rm, int option, int imm3, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsW(cpu, Rd, (int) cpu.xsp(Rn), ~(int) Alu.extend(cpu.x(Rm), option, imm3), 1);
    }

    @Override
    default void SUBS_ereg_x(int Rm, int option, int imm3, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsX(cpu, Rd, cpu.xsp(Rn), ~Alu.extend(cpu.x(Rm), option, imm3), 1);
    }

    // ---- Add/subtract (with carry): SBC is AddWithCarry(Rn, NOT(Rm), C) ----

    @Override
    default void ADC_w(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) + cpu.w(Rm) + (cpu.nzcv >>> 29 & 1));
    }

    @Override
    default void ADC_x(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) + cpu.x(Rm) + (cpu.nzcv >>> 29 & 1));
    }

    @Override
    default void ADCS_w(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsW(cpu, Rd, cpu.w(Rn), cpu.w(Rm), cpu.nzcv >>> 29 & 1);
    }

    @Override
    default void ADCS_x(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsX(cpu, Rd, cpu.x(Rn), cpu.x(Rm), cpu.nzcv >>> 29 & 1);
    }

    @Override
    default void SBC_w(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Rn) + ~cpu.w(Rm) + (cpu.nzcv >>> 29 & 1));
    }

    @Override
    default void SBC_x(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Rn) + ~cpu.x(Rm) + (cpu.nzcv >>> 29 & 1));
    }

    @Override
    default void SBCS_w(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsW(cpu, Rd, cpu.w(Rn), ~cpu.w(Rm), cpu.nzcv >>> 29 & 1);
    }

    @Override
    default void SBCS_x(int Rm, int Rn, int Rd) {
        Cpu cpu = cpu();
        addsX(cpu, Rd, cpu.x(Rn), ~cpu.x(Rm), cpu.nzcv >>> 29 & 1);
    }

    /** (result, NZCV) = AddWithCarry(x, y, carry) on 32 bits; X[d] (ZR for 31) = result. */
    private static void addsW(Cpu cpu, int Rd, int x, int y, int carry) {
        int sum = x + y + carry;
        cpu.nzcv = Alu.addFlags32(x, y, sum);
        cpu.setW(Rd, sum);
    }

    /** (result, NZCV) = AddWithCarry(x, y, carry) on 64 bits; X[d] (ZR for 31) = result. */
    private static void addsX(Cpu cpu, int Rd, long x, long y, int carry) {
        long sum = x + y + carry;
        cpu.nzcv = Alu.addFlags64(x, y, sum);
        cpu.setX(Rd, sum);
    }

    // ---- Rotate right into flags / Evaluate into flags (FEAT_FlagM) ----

    /** RMIF: each NZCV bit selected by mask<3:0> takes the same bit of ROR(X[n], imm6)<3:0>. */
    @Override
    default void RMIF_x(int imm6, int Rn, int mask) {
        Cpu cpu = cpu();
        int bits = (int) Long.rotateRight(cpu.x(Rn), imm6) & 0xf;
        int select = mask << 28;
        cpu.nzcv = (cpu.nzcv & ~select) | ((bits << 28) & select);
    }

    @Override
    default void SETF8_w(int Rn) {
        setf(cpu(), Rn, 7);
    }

    @Override
    default void SETF16_w(int Rn) {
        setf(cpu(), Rn, 15);
    }

    /**
     * SETF8/SETF16: N = X[n]<msb>, Z = IsZero(X[n]<msb:0>), V = X[n]<msb + 1> EOR X[n]<msb>; C is
     * unchanged (Arm ARM C6.2 SETF8, SETF16).
     */
    private static void setf(Cpu cpu, int Rn, int msb) {
        int value = cpu.w(Rn);
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
    default void CCMN_reg_w(int Rm, int cond, int Rn, int nzcv) {
        Cpu cpu = cpu();
        ccmpW(cpu, cond, cpu.w(Rn), cpu.w(Rm), 0, nzcv);
    }

    @Override
    default void CCMN_reg_x(int Rm, int cond, int Rn, int nzcv) {
        Cpu cpu = cpu();
        ccmpX(cpu, cond, cpu.x(Rn), cpu.x(Rm), 0, nzcv);
    }

    @Override
    default void CCMP_reg_w(int Rm, int cond, int Rn, int nzcv) {
        Cpu cpu = cpu();
        ccmpW(cpu, cond, cpu.w(Rn), ~cpu.w(Rm), 1, nzcv);
    }

    @Override
    default void CCMP_reg_x(int Rm, int cond, int Rn, int nzcv) {
        Cpu cpu = cpu();
        ccmpX(cpu, cond, cpu.x(Rn), ~cpu.x(Rm), 1, nzcv);
    }

    @Override
    default void CCMN_cimm_w(int imm5, int cond, int Rn, int nzcv) {
        Cpu cpu = cpu();
        ccmpW(cpu, cond, cpu.w(Rn), imm5, 0, nzcv);
    }

    @Override
    default void CCMN_cimm_x(int imm5, int cond, int Rn, int nzcv) {
        Cpu cpu = cpu();
        ccmpX(cpu, cond, cpu.x(Rn), imm5, 0, nzcv);
    }

    @Override
    default void CCMP_cimm_w(int imm5, int cond, int Rn, int nzcv) {
        Cpu cpu = cpu();
        ccmpW(cpu, cond, cpu.w(Rn), ~imm5, 1, nzcv);
    }

    @Override
    default void CCMP_cimm_x(int imm5, int cond, int Rn, int nzcv) {
        Cpu cpu = cpu();
        ccmpX(cpu, cond, cpu.x(Rn), ~(long) imm5, 1, nzcv);
    }

    private static void ccmpW(Cpu cpu, int cond, int x, int y, int carry, int nzcv) {
        if (cpu.conditionHolds(cond)) {
            cpu.nzcv = Alu.addFlags32(x, y, x + y + carry);
        } else {
            cpu.setNzcvBits(nzcv);
        }
    }

    private static void ccmpX(Cpu cpu, int cond, long x, long y, int carry, int nzcv) {
        if (cpu.conditionHolds(cond)) {
            cpu.nzcv = Alu.addFlags64(x, y, x + y + carry);
        } else {
            cpu.setNzcvBits(nzcv);
        }
    }

    // ---- Conditional select ----

    @Override
    default void CSEL_w(int Rm, int cond, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.conditionHolds(cond) ? cpu.w(Rn) : cpu.w(Rm));
    }

    @Override
    default void CSEL_x(int Rm, int cond, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.conditionHolds(cond) ? cpu.x(Rn) : cpu.x(Rm));
    }

    @Override
    default void CSINC_w(int Rm, int cond, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.conditionHolds(cond) ? cpu.w(Rn) : cpu.w(Rm) + 1);
    }

    @Override
    default void CSINC_x(int Rm, int cond, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.conditionHolds(cond) ? cpu.x(Rn) : cpu.x(Rm) + 1);
    }

    @Override
    default void CSINV_w(int Rm, int cond, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.conditionHolds(cond) ? cpu.w(Rn) : ~cpu.w(Rm));
    }

    @Override
    default void CSINV_x(int Rm, int cond, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.conditionHolds(cond) ? cpu.x(Rn) : ~cpu.x(Rm));
    }

    @Override
    default void CSNEG_w(int Rm, int cond, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.conditionHolds(cond) ? cpu.w(Rn) : -cpu.w(Rm));
    }

    @Override
    default void CSNEG_x(int Rm, int cond, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.conditionHolds(cond) ? cpu.x(Rn) : -cpu.x(Rm));
    }

    // ---- Data-processing (3 source) ----

    @Override
    default void MADD_w(int Rm, int Ra, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Ra) + cpu.w(Rn) * cpu.w(Rm));
    }

    @Override
    default void MADD_x(int Rm, int Ra, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Ra) + cpu.x(Rn) * cpu.x(Rm));
    }

    @Override
    default void MSUB_w(int Rm, int Ra, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setW(Rd, cpu.w(Ra) - cpu.w(Rn) * cpu.w(Rm));
    }

    @Override
    default void MSUB_x(int Rm, int Ra, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Ra) - cpu.x(Rn) * cpu.x(Rm));
    }

    @Override
    default void SMADDL_x(int Rm, int Ra, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Ra) + (long) cpu.w(Rn) * cpu.w(Rm));
    }

    @Override
    default void SMSUBL_x(int Rm, int Ra, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Ra) - (long) cpu.w(Rn) * cpu.w(Rm));
    }

    /** SMULH: Ra is should-be-one and ignored (the spec decodes any value as SMULH). */
    @Override
    default void SMULH_x(int Rm, int Ra, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, Math.multiplyHigh(cpu.x(Rn), cpu.x(Rm)));
    }

    @Override
    default void UMADDL_x(int Rm, int Ra, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Ra) + (cpu.w(Rn) & 0xffffffffL) * (cpu.w(Rm) & 0xffffffffL));
    }

    @Override
    default void UMSUBL_x(int Rm, int Ra, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, cpu.x(Ra) - (cpu.w(Rn) & 0xffffffffL) * (cpu.w(Rm) & 0xffffffffL));
    }

    /** UMULH: Ra is should-be-one and ignored. */
    @Override
    default void UMULH_x(int Rm, int Ra, int Rn, int Rd) {
        Cpu cpu = cpu();
        cpu.setX(Rd, Alu.unsignedMultiplyHigh(cpu.x(Rn), cpu.x(Rm)));
    }
}
