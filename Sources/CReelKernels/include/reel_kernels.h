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

/* ---- Transitions (reel_transitions.c) ---- */

/// Per-element blend: a[i] = (a[i] * (256 - w[i]) + b[i] * w[i] + 128) >> 8, w in 0…256.
void reel_mix_w(uint8_t *a, const uint8_t *b, const uint16_t *w, int64_t count);

/// Two luma rows (`width` pixels, even) and the chroma row under them blended with per-pixel
/// luma weights `w0`/`w1` (0…256); each chroma weight is its 2×2 block's mean,
/// (w0[2x] + w0[2x+1] + w1[2x] + w1[2x+1] + 2) >> 2, written to `wc` (width / 2 entries).
void reel_blend420_rows(uint8_t *ay0, uint8_t *ay1, const uint8_t *by0, const uint8_t *by1,
                        uint8_t *au, const uint8_t *bu, uint8_t *av, const uint8_t *bv,
                        const uint16_t *w0, const uint16_t *w1, uint16_t *wc, int64_t width);

/// Keyed weights, a 32-level soft ramp: v = t16 - 16 * key[i]; w[i] = v <= 0 ? 0 : v >= 512 ? 256 : v >> 1.
void reel_key_weights(const uint8_t *key, int32_t t16, uint16_t *w, int64_t count);

/// The fixed dissolve noise of luma row `y`, 0…255 per pixel (an integer hash of x and y), keyed
/// as `reel_key_weights`.
void reel_noise_weights(int64_t y, int32_t t16, uint16_t *w, int64_t count);

/// Radial weights of luma row `y` for a circle of radius `r` centred at (cx, cy) (pixel centres
/// at +0.5): w = clamp((r - d) / soft + 0.5, 0, 1) × 256, rounded; with `invert`, 256 - w.
void reel_radial_weights(int64_t y, double cx, double cy, double r, double soft, int32_t invert,
                         uint16_t *w, int64_t count);

/// Box-averages `f`×`f` blocks of a plane into `dst` (dw = ceil(w / f), dh = ceil(h / f));
/// blocks cut by the edge average the pixels they have. `acc` holds `w` uint32.
void reel_box_down(const uint8_t *src, int64_t stride, int64_t w, int64_t h, int32_t f,
                   uint8_t *dst, int64_t dw, int64_t dh, uint32_t *acc);

/// Which implementation is in use: "avx2" or "sse2" (for the benchmark and tests).
const char *reel_kernels_isa(void);

/// Forces the portable implementation (tests compare both).
void reel_kernels_force_portable(int on);


/* ---- Still preparation (once per photo; portable C, the compiler vectorises the loops) ---- */

/// Horizontal pass of the still resize: for each of `rows` RGBA rows of `src_width` pixels,
/// output x is the sum over `count[x]` taps from column `first[x]` with 14-bit `weights`
/// starting at `offset[x]`, kept with 4 fractional bits: mid = (Σ w·p + 512) >> 10, four
/// channels per pixel. With `premultiply`, colour is multiplied by alpha (p·a/255) first.
void reel_resize_h(const uint8_t *src, int64_t src_width, int64_t rows, const int32_t *first,
                   const int32_t *count, const int32_t *offset, const int32_t *weights,
                   int64_t out_width, int32_t premultiply, int32_t *mid);

/// Vertical pass for one output row: Σ over `taps` rows of `mid` (`stride` int32 apart) times
/// `weights`, then (v + 2^17) >> 18, clamped to 8 bits; with `premultiply` colour is divided by
/// alpha again and alpha kept, otherwise alpha is 255. `acc` holds `out_width * 4` int32.
void reel_resize_v_row(const int32_t *mid, int64_t stride, const int32_t *weights, int32_t taps,
                       int64_t out_width, int32_t premultiply, int32_t *acc, uint8_t *dst);

/// RGBA rows to BT.709 limited-range 4:2:0: Y per pixel, Cb/Cr from each 2×2 block's sum
/// (an odd last row or column repeats). `coef` is yR yG yB (×2^16) then uR uG uB vR vG vB
/// (×2^16, applied to 4-pixel sums). With `flatten`, pixels are first composited over black
/// (c·a/255, rounded).
void reel_rgba_to_yuv420(const uint8_t *rgba, int64_t width, int64_t height, const int32_t *coef, int32_t flatten,
                         uint8_t *y, int64_t y_stride, uint8_t *u, uint8_t *v, int64_t c_stride);

/* ---- Clip tone mapping (reel_lut3d.c) ---- */

/// Nodes per axis of the Y′CbCr table of `reel_lut3d_yuv420p10`: every 2^REEL_LUT3D_SHIFT codes
/// of a 10-bit input, the last node standing for 1024.
#define REEL_LUT3D_SHIFT 4
#define REEL_LUT3D_NODES ((1024 >> REEL_LUT3D_SHIFT) + 1)

/// 10-bit Y′CbCr 4:2:0 (`width`, `height` even; strides in elements) to 8-bit 4:2:0 through a
/// table of `REEL_LUT3D_NODES`³ entries indexed [Cb][Cr][Y] (node i at code i << REEL_LUT3D_SHIFT): `luma` one
/// entry each, `chroma` two (Cb′, Cr′); entries are 8-bit output codes × 256. Luma is trilinear
/// per pixel; chroma is trilinear once per 2×2 block at the block's mean luma.
void reel_lut3d_yuv420p10(const uint16_t *y, int64_t y_stride, const uint16_t *u, int64_t u_stride,
                          const uint16_t *v, int64_t v_stride, int64_t width, int64_t height,
                          const uint16_t *luma, const uint16_t *chroma,
                          uint8_t *oy, int64_t oy_stride, uint8_t *ou, int64_t ou_stride,
                          uint8_t *ov, int64_t ov_stride);

/// Returns memory freed to malloc back to the system where the C library can (glibc's
/// malloc_trim); does nothing elsewhere.
void reel_release_free_memory(void);

#endif
