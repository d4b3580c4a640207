/* Binary <-> decimal conversion of doubles and floats through glibc's printf/strtod (integer and FP paths). */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const double values[] = {0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3.0, 2.0 / 3.0, 3.141592653589793, 1e300, -1e-300,
                             DBL_MAX, DBL_MIN, 4.9e-324, 123456789.125, 0.5, 2.5, -2.5, 1e22, 1e23, INFINITY, -INFINITY, NAN};
    for (unsigned i = 0; i < sizeof values / sizeof values[0]; i++) {
        double v = values[i];
        printf("%%f=%f %%e=%e %%g=%g %%.17g=%.17g %%a=%a\n", v, v, v, v, v);
    }
    const float floats[] = {1.0f / 3.0f, 16777217.0f, FLT_MAX, FLT_MIN, 1e-45f, -0.0f};
    for (unsigned i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        printf("float %.9g %a\n", floats[i], (double) floats[i]);
    }
    const char *texts[] = {"0.1", "1e-310", "2.2250738585072011e-308", "123.456e5", "-inf", "nan", "0x1.8p3", "9007199254740993"};
    for (unsigned i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        double d = strtod(texts[i], NULL);
        float f = strtof(texts[i], NULL);
        printf("strtod(%s) = %.17g, strtof = %.9g\n", texts[i], d, f);
    }
    double sum = 0;
    for (int i = 1; i <= 1000; i++) {
        sum += 1.0 / i;
    }
    printf("harmonic(1000) = %.15f, (long) = %ld, (int) -2.7 = %d, (unsigned) 3.9 = %u\n", sum, (long) (sum * 1e6), (int) -2.7, (unsigned) 3.9);
    return 0;
}
