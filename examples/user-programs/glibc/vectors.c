/* Auto-vectorised loops (-O3) and Advanced SIMD intrinsics: integer, saturating, permutes, float. */
#include <arm_neon.h>
#include <stdint.h>
#include <stdio.h>

#define N 1000
static float a[N], b[N];
static int32_t ia[N], ib[N];
static uint8_t bytes[N];

int main(void) {
    for (int i = 0; i < N; i++) {
        a[i] = (float) i * 0.25f - 100.0f;
        b[i] = 1.0f / (float) (i + 1);
        ia[i] = i * 7919 - 3000000;
        ib[i] = (i * 31) ^ 0x5555;
        bytes[i] = (uint8_t) (i * 37);
    }
    float dot = 0;
    for (int i = 0; i < N; i++) {
        dot += a[i] * b[i];
    }
    int64_t isum = 0;
    int32_t imax = INT32_MIN;
    for (int i = 0; i < N; i++) {
        isum += (int64_t) ia[i] * ib[i];
        imax = ia[i] > imax ? ia[i] : imax;
    }
    unsigned histogram[4] = {0};
    for (int i = 0; i < N; i++) {
        histogram[bytes[i] >> 6]++;
    }
    printf("dot %.9g isum %lld imax %d histogram %u %u %u %u\n", dot, (long long) isum, imax, histogram[0], histogram[1], histogram[2], histogram[3]);

    int16x8_t s = vdupq_n_s16(30000);
    int16x8_t t = vcombine_s16(vcreate_s16(0x0001000200030004ULL), vcreate_s16(0x8000700060005000ULL));
    int16x8_t sat = vqaddq_s16(s, t);
    uint8x16_t table = vld1q_u8(bytes);
    uint8x16_t index = vcombine_u8(vcreate_u8(0x0f0e0d0c0b0a0908ULL), vcreate_u8(0x1f10050403020100ULL));
    uint8x16_t looked = vqtbl1q_u8(table, index);
    uint8x16x2_t zipped = vzipq_u8(table, looked);
    float32x4_t f = vld1q_f32(a + 400);
    float32x4_t g = vrsqrteq_f32(vabsq_f32(f));
    float32x4_t h = vfmaq_f32(f, g, vdupq_n_f32(3.0f));
    int32x4_t conv = vcvtnq_s32_f32(vmulq_n_f32(h, 1000.0f));
    uint32x4_t crc = vreinterpretq_u32_u8(vaddq_u8(zipped.val[0], zipped.val[1]));
    printf("sat %d %d %d %d %d %d %d %d\n", vgetq_lane_s16(sat, 0), vgetq_lane_s16(sat, 1), vgetq_lane_s16(sat, 2), vgetq_lane_s16(sat, 3),
           vgetq_lane_s16(sat, 4), vgetq_lane_s16(sat, 5), vgetq_lane_s16(sat, 6), vgetq_lane_s16(sat, 7));
    printf("tbl %08x %08x %08x %08x\n", vgetq_lane_u32(crc, 0), vgetq_lane_u32(crc, 1), vgetq_lane_u32(crc, 2), vgetq_lane_u32(crc, 3));
    printf("fp %d %d %d %d addv %u maxv %d\n", vgetq_lane_s32(conv, 0), vgetq_lane_s32(conv, 1), vgetq_lane_s32(conv, 2), vgetq_lane_s32(conv, 3),
           vaddvq_u8(looked), vmaxvq_s16(sat));
    return 0;
}
