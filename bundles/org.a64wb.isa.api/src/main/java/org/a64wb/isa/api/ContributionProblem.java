package org.a64wb.isa.api;

/** Why a contribution was not taken: which bundle, which spec file and line, and what is wrong. */
public record ContributionProblem(String bundle, String file, int line, String message) {

    @Override
    public String toString() {
        return bundle + ": " + file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
