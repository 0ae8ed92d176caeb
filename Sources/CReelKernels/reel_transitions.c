#include "reel_kernels.h"
#include <math.h>
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define REEL_X86 1
#endif

int reel_internal_use_avx2(void);

/* ---- per-element blend ---- */

static void mix_w_portable(uint8_t *a, const uint8_t *b, const uint16_t *w, int64_t count) {
    for (int64_t i = 0; i < count; i++)
        a[i] = (uint8_t)(((int32_t)a[i] * (256 - (int32_t)w[i]) + (int32_t)b[i] * (int32_t)w[i] + 128) >> 8);
}

#ifdef REEL_X86
__attribute__((target("avx2")))
static void mix_w_avx2(uint8_t *a, const uint8_t *b, const uint16_t *w, int64_t count) {
    /* a·(256 − w) + b·w + 128 ≤ 65408: exact in unsigned 16-bit lanes. */
    const __m256i full = _mm256_set1_epi16(256), round = _mm256_set1_epi16(128);
    int64_t i = 0;
    for (; i + 16 <= count; i += 16) {
        __m256i va = _mm256_cvtepu8_epi16(_mm_loadu_si128((const __m128i *)(a + i)));
        __m256i vb = _mm256_cvtepu8_epi16(_mm_loadu_si128((const __m128i *)(b + i)));
        __m256i vw = _mm256_loadu_si256((const __m256i *)(w + i));
        __m256i r = _mm256_add_epi16(_mm256_mullo_epi16(va, _mm256_sub_epi16(full, vw)), _mm256_mullo_epi16(vb, vw));
        r = _mm256_srli_epi16(_mm256_add_epi16(r, round), 8);
        __m256i packed = _mm256_permute4x64_epi64(_mm256_packus_epi16(r, r), 0xD8);
        _mm_storeu_si128((__m128i *)(a + i), _mm256_castsi256_si128(packed));
    }
    mix_w_portable(a + i, b + i, w + i, count - i);
}
#endif

void reel_mix_w(uint8_t *a, const uint8_t *b, const uint16_t *w, int64_t count) {
#ifdef REEL_X86
    if (reel_internal_use_avx2()) { mix_w_avx2(a, b, w, count); return; }
#endif
    mix_w_portable(a, b, w, count);
}

void reel_blend420_rows(uint8_t *ay0, uint8_t *ay1, const uint8_t *by0, const uint8_t *by1,
                        uint8_t *au, const uint8_t *bu, uint8_t *av, const uint8_t *bv,
                        const uint16_t *w0, const uint16_t *w1, uint16_t *wc, int64_t width) {
    int64_t cw = width / 2;
    for (int64_t x = 0; x < cw; x++)
        wc[x] = (uint16_t)((w0[2 * x] + w0[2 * x + 1] + w1[2 * x] + w1[2 * x + 1] + 2) >> 2);
    reel_mix_w(ay0, by0, w0, width);
    reel_mix_w(ay1, by1, w1, width);
    reel_mix_w(au, bu, wc, cw);
    reel_mix_w(av, bv, wc, cw);
}

/* ---- weights ---- */

static inline uint16_t keyed(int32_t t16, int32_t key) {
    int32_t v = t16 - 16 * key;
    return (uint16_t)(v <= 0 ? 0 : v >= 512 ? 256 : v >> 1);
}

void reel_key_weights(const uint8_t *key, int32_t t16, uint16_t *w, int64_t count) {
    for (int64_t i = 0; i < count; i++) w[i] = keyed(t16, key[i]);
}

static inline uint32_t noise8(uint32_t x, uint32_t y) {
    uint32_t h = (x * 0x9E3779B1u) ^ (y * 0x85EBCA77u + 0x165667B1u);
    h ^= h >> 15; h *= 0x2C1B3C6Du;
    h ^= h >> 12; h *= 0x297A2D39u;
    h ^= h >> 15;
    return h >> 24;
}

static void noise_weights_portable(int64_t y, int32_t t16, uint16_t *w, int64_t from, int64_t count) {
    for (int64_t i = from; i < count; i++) w[i] = keyed(t16, (int32_t)noise8((uint32_t)i, (uint32_t)y));
}

#ifdef REEL_X86
__attribute__((target("avx2")))
static inline __m256i noise_keyed_avx2(__m256i x, __m256i yterm, __m256i t16) {
    __m256i h = _mm256_xor_si256(_mm256_mullo_epi32(x, _mm256_set1_epi32((int)0x9E3779B1u)), yterm);
    h = _mm256_xor_si256(h, _mm256_srli_epi32(h, 15));
    h = _mm256_mullo_epi32(h, _mm256_set1_epi32(0x2C1B3C6D));
    h = _mm256_xor_si256(h, _mm256_srli_epi32(h, 12));
    h = _mm256_mullo_epi32(h, _mm256_set1_epi32(0x297A2D39));
    h = _mm256_xor_si256(h, _mm256_srli_epi32(h, 15));
    __m256i v = _mm256_sub_epi32(t16, _mm256_slli_epi32(_mm256_srli_epi32(h, 24), 4));
    v = _mm256_min_epi32(_mm256_max_epi32(v, _mm256_setzero_si256()), _mm256_set1_epi32(512));
    return _mm256_srli_epi32(v, 1); /* same as keyed(): 0 at v <= 0, 256 at v >= 512 */
}

__attribute__((target("avx2")))
static void noise_weights_avx2(int64_t y, int32_t t16, uint16_t *w, int64_t count) {
    const __m256i yterm = _mm256_set1_epi32((int)((uint32_t)y * 0x85EBCA77u + 0x165667B1u));
    const __m256i t = _mm256_set1_epi32(t16), step = _mm256_set1_epi32(16);
    __m256i x = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    int64_t i = 0;
    for (; i + 16 <= count; i += 16) {
        __m256i lo = noise_keyed_avx2(x, yterm, t);
        __m256i hi = noise_keyed_avx2(_mm256_add_epi32(x, _mm256_set1_epi32(8)), yterm, t);
        _mm256_storeu_si256((__m256i *)(w + i), _mm256_permute4x64_epi64(_mm256_packus_epi32(lo, hi), 0xD8));
        x = _mm256_add_epi32(x, step);
    }
    noise_weights_portable(y, t16, w, i, count);
}
#endif

void reel_noise_weights(int64_t y, int32_t t16, uint16_t *w, int64_t count) {
#ifdef REEL_X86
    if (reel_internal_use_avx2()) { noise_weights_avx2(y, t16, w, count); return; }
#endif
    noise_weights_portable(y, t16, w, 0, count);
}

void reel_radial_weights(int64_t y, double cx, double cy, double r, double soft, int32_t invert,
                         uint16_t *w, int64_t count) {
    double dy = (double)y + 0.5 - cy;
    double reach = r + soft * 0.5;
    uint16_t outside = invert ? 256 : 0;
    if (reach <= 0 || fabs(dy) >= reach) {
        for (int64_t i = 0; i < count; i++) w[i] = outside;
        return;
    }
    double inv = 1.0 / soft;
    /* Only the soft ring needs the distance: columns well inside the inner edge are all in,
       well outside the outer edge all out (a pixel of margin keeps rounding out of it). */
    uint16_t inside = invert ? 0 : 256;
    double core = r - soft * 0.5, coreHalf = core > fabs(dy) ? sqrt(core * core - dy * dy) - 1 : -1;
    double ringHalf = sqrt(reach * reach - dy * dy) + 1;
    int64_t ringFrom = (int64_t)floor(cx - ringHalf), ringTo = (int64_t)ceil(cx + ringHalf);
    int64_t coreFrom = coreHalf > 0 ? (int64_t)ceil(cx - coreHalf) : 0, coreTo = coreHalf > 0 ? (int64_t)floor(cx + coreHalf) : -1;
    for (int64_t i = 0; i < count; i++) {
        if (i < ringFrom || i > ringTo) { w[i] = outside; continue; }
        if (i > coreFrom && i < coreTo) { w[i] = inside; continue; }
        double dx = (double)i + 0.5 - cx;
        double t = (r - sqrt(dx * dx + dy * dy)) * inv + 0.5;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        int32_t v = (int32_t)(t * 256.0 + 0.5);
        w[i] = (uint16_t)(invert ? 256 - v : v);
    }
}

/* ---- blur support ---- */

void reel_box_down(const uint8_t *src, int64_t stride, int64_t w, int64_t h, int32_t f,
                   uint8_t *dst, int64_t dw, int64_t dh, uint32_t *acc) {
    for (int64_t oy = 0; oy < dh; oy++) {
        int64_t y0 = oy * f, y1 = y0 + f < h ? y0 + f : h;
        for (int64_t x = 0; x < w; x++) acc[x] = 0;
        for (int64_t y = y0; y < y1; y++) {
            const uint8_t *row = src + y * stride;
            for (int64_t x = 0; x < w; x++) acc[x] += row[x];
        }
        for (int64_t ox = 0; ox < dw; ox++) {
            int64_t x0 = ox * f, x1 = x0 + f < w ? x0 + f : w;
            uint32_t sum = 0;
            for (int64_t x = x0; x < x1; x++) sum += acc[x];
            uint32_t n = (uint32_t)((x1 - x0) * (y1 - y0));
            dst[oy * dw + ox] = (uint8_t)((sum + n / 2) / n);
        }
    }
}
