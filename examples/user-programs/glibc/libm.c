/* libm's elementary functions, rounding modes and exception flags (fenv). */
#include <fenv.h>
#include <math.h>
#include <stdio.h>

static void show_flags(const char *what) {
    printf("%-14s flags:%s%s%s%s%s\n", what, fetestexcept(FE_INVALID) ? " invalid" : "", fetestexcept(FE_DIVBYZERO) ? " divbyzero" : "",
           fetestexcept(FE_OVERFLOW) ? " overflow" : "", fetestexcept(FE_UNDERFLOW) ? " underflow" : "",
           fetestexcept(FE_INEXACT) ? " inexact" : "");
}

int main(void) {
    volatile double x = 0.7, y = 2.5, big = 1e308, tiny = 1e-308, zero = 0.0, minus = -1.0;
    printf("sqrt %.17g sin %.17g cos %.17g tan %.17g\n", sqrt(x), sin(x), cos(x), tan(x));
    printf("exp %.17g log %.17g log2 %.17g log10 %.17g\n", exp(y), log(y), log2(y), log10(y));
    printf("pow %.17g atan2 %.17g hypot %.17g cbrt %.17g\n", pow(x, y), atan2(x, y), hypot(x, y), cbrt(y));
    printf("fmod %.17g remainder %.17g fma %.17g\n", fmod(y, x), remainder(y, x), fma(x, y, -1.75));
    printf("floor %g ceil %g round %g trunc %g rint %g nearbyint %g\n", floor(-y), ceil(-y), round(-y), trunc(-y), rint(-y), nearbyint(y));
    printf("sinf %.9g expf %.9g powf %.9g sqrtf %.9g\n", sinf((float) x), expf((float) y), powf((float) x, (float) y), sqrtf(2.0f));
    const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
    const char *names[] = {"nearest", "upward", "downward", "towardzero"};
    for (int i = 0; i < 4; i++) {
        fesetround(modes[i]);
        volatile double third = 1.0 / 3.0;
        printf("%-10s 1/3=%.17g rint(2.5)=%g rint(-2.5)=%g lrint(3.5)=%ld (float)(1/3)=%.9g\n", names[i], third, rint(2.5), rint(-2.5),
               lrint(3.5), (double) (float) third);
    }
    fesetround(FE_TONEAREST);
    feclearexcept(FE_ALL_EXCEPT);
    volatile double r = zero / zero;
    show_flags("0/0");
    feclearexcept(FE_ALL_EXCEPT);
    r = minus / zero;
    show_flags("-1/0");
    feclearexcept(FE_ALL_EXCEPT);
    r = big * big;
    show_flags("1e308^2");
    feclearexcept(FE_ALL_EXCEPT);
    r = tiny * tiny;
    show_flags("1e-308^2");
    feclearexcept(FE_ALL_EXCEPT);
    r = sqrt(minus);
    show_flags("sqrt(-1)");
    printf("r=%g isnan=%d\n", r, isnan(r));
    return 0;
}
