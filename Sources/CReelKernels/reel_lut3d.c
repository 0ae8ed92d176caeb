#include "reel_kernels.h"

/* A 65×65×65 Y′CbCr table sampled every 16 codes of the 10-bit input (node 64 stands for 1024,
   past the last code, so a code's cell is code >> 4 and its weight code & 15). Entries are
   output codes × 256. Luma is interpolated per pixel; chroma once per 2×2 block, at the block's
   mean luma. Within a block Cb and Cr are fixed, so their bilinear weights and the four
   (Cb, Cr) corner rows are found once and each pixel only walks along Y. */

#define N REEL_LUT3D_NODES
#define S REEL_LUT3D_SHIFT
#define F ((1u << S) - 1)
#define ONE (1u << S)

static inline uint32_t clamp10(uint16_t v) { return v > 1023 ? 1023 : v; }

static inline uint8_t to8(uint32_t acc) {
    /* acc = entry × 2^2S (Cb/Cr weights) × 2^S (Y weight); entry = code × 256. */
    uint32_t v = (acc + (1u << (3 * S + 7))) >> (3 * S + 8);
    return (uint8_t)(v > 255 ? 255 : v);
}

void reel_lut3d_yuv420p10(const uint16_t *y, int64_t y_stride, const uint16_t *u, int64_t u_stride,
                          const uint16_t *v, int64_t v_stride, int64_t width, int64_t height,
                          const uint16_t *luma, const uint16_t *chroma,
                          uint8_t *oy, int64_t oy_stride, uint8_t *ou, int64_t ou_stride,
                          uint8_t *ov, int64_t ov_stride) {
    const int64_t cw = width / 2, ch = height / 2;
    for (int64_t cy = 0; cy < ch; cy++) {
        const uint16_t *y0 = y + 2 * cy * y_stride, *y1 = y0 + y_stride;
        uint8_t *o0 = oy + 2 * cy * oy_stride, *o1 = o0 + oy_stride;
        const uint16_t *ur = u + cy * u_stride, *vr = v + cy * v_stride;
        uint8_t *our = ou + cy * ou_stride, *ovr = ov + cy * ov_stride;
        for (int64_t cx = 0; cx < cw; cx++) {
            const uint32_t cb = clamp10(ur[cx]), cr = clamp10(vr[cx]);
            const uint32_t fb = cb & F, fr = cr & F;
            const uint32_t w00 = (ONE - fb) * (ONE - fr), w01 = (ONE - fb) * fr, w10 = fb * (ONE - fr), w11 = fb * fr;
            const int64_t cell = ((int64_t)(cb >> S) * N + (cr >> S)) * N;
            const uint16_t *p00 = luma + cell, *p01 = p00 + N, *p10 = p00 + N * N, *p11 = p10 + N;
            uint32_t ys[4] = { clamp10(y0[2 * cx]), clamp10(y0[2 * cx + 1]), clamp10(y1[2 * cx]), clamp10(y1[2 * cx + 1]) };
            uint8_t out[4];
            for (int k = 0; k < 4; k++) {
                const uint32_t i = ys[k] >> S, f = ys[k] & F;
                const uint32_t a = w00 * p00[i] + w01 * p01[i] + w10 * p10[i] + w11 * p11[i];
                const uint32_t b = w00 * p00[i + 1] + w01 * p01[i + 1] + w10 * p10[i + 1] + w11 * p11[i + 1];
                out[k] = to8(a * (ONE - f) + b * f);
            }
            o0[2 * cx] = out[0]; o0[2 * cx + 1] = out[1]; o1[2 * cx] = out[2]; o1[2 * cx + 1] = out[3];
            const uint32_t my = (ys[0] + ys[1] + ys[2] + ys[3] + 2) >> 2;
            const uint32_t i = my >> S, f = my & F;
            const uint16_t *c00 = chroma + 2 * (cell + i), *c01 = c00 + 2 * N, *c10 = c00 + 2 * N * N, *c11 = c10 + 2 * N;
            for (int c = 0; c < 2; c++) {
                const uint32_t a = w00 * c00[c] + w01 * c01[c] + w10 * c10[c] + w11 * c11[c];
                const uint32_t b = w00 * c00[c + 2] + w01 * c01[c + 2] + w10 * c10[c + 2] + w11 * c11[c + 2];
                (c == 0 ? our : ovr)[cx] = to8(a * (ONE - f) + b * f);
            }
        }
    }
}
