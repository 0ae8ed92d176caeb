#ifndef REEL_KERNELS_H
#define REEL_KERNELS_H
#include <stdint.h>

/// Per-frame pixel kernels of the compositor, in C so that each can carry an AVX2 version
/// chosen at run time (no compiler flags needed; plain SSE2 elsewhere).

/// Horizontal bilinear pass: dst[o] = ((a << 10) + (b - a) * frac[o] + 4) >> 3 with
/// a = row[index[o]], b = row[index[o] + 1] (value × 128 in 16 bits). `readable` is how many
/// bytes from `row` may be read (the vector path reads 4 bytes at each index).
void reel_hsample_row(const uint8_t *row, int64_t readable, const int32_t *index, const int32_t *frac,
                      uint16_t *dst, int64_t count);

/// A precomputed group of 8 horizontal outputs: they read from one 16-byte window at `base`,
/// gathered by a byte shuffle, and weighted by (1024 - frac, frac) pairs. Made once per frame
/// (the columns are the same for every row), used for every row.
typedef struct {
    int32_t base;
    int32_t usable;      /* 0 when the 8 outputs span more than the window (falls back) */
    uint8_t shuffle[16];
    int16_t weights[16];
} reel_hblock;

/// Fills `(count / 8)` blocks from the column indices and fractions.
void reel_hsample_plan(const int32_t *index, const int32_t *frac, int64_t count, reel_hblock *blocks);

/// Same result as `reel_hsample_row`, using blocks made by `reel_hsample_plan`.
void reel_hsample_row_planned(const uint8_t *row, int64_t readable, const reel_hblock *blocks,
                              const int32_t *index, const int32_t *frac, uint16_t *dst, int64_t count);

/// Vertical bilinear pass: dst[x] = (top[x] * (1024 - fy) + bot[x] * fy + 65536) >> 17.
void reel_vblend_row(const uint16_t *top, const uint16_t *bot, int32_t fy, uint8_t *dst, int64_t count);

/// Crossfade: a[i] = (a[i] * (256 - w) + b[i] * w + 128) >> 8, w in 0…256.
void reel_mix_u8(uint8_t *a, const uint8_t *b, int32_t w, int64_t count);

/// Which implementation is in use: "avx2" or "sse2" (for the benchmark and tests).
const char *reel_kernels_isa(void);

/// Forces the portable implementation (tests compare both).
void reel_kernels_force_portable(int on);

#endif
