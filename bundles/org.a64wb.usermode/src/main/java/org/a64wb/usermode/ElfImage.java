package org.a64wb.usermode;

/**
 * Where an executable landed in guest memory.
 *
 * @param entry entry point (load bias applied)
 * @param phdr guest address of the program headers (for AT_PHDR)
 * @param phent size of one program header
 * @param phnum number of program headers
 * @param loadBias added to every p_vaddr (0 for ET_EXEC)
 * @param lowAddress lowest mapped address (page aligned)
 * @param highAddress end of the highest segment, page aligned up: the initial program break
 */
public record ElfImage(long entry, long phdr, int phent, int phnum, long loadBias, long lowAddress, long highAddress) {
}
