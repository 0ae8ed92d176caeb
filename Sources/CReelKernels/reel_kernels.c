#include "reel_kernels.h"
#include <string.h>
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define REEL_X86 1
#endif

/* ---- portable versions (the compiler vectorises the simple loops) ---- */

static void hsample_portable(const uint8_t *row, const int32_t *index, const int32_t *frac, uint16_t *dst, int64_t count) {
    for (int64_t o = 0; o < count; o++) {
        int32_t a = row[index[o]], b = row[index[o] + 1];
        dst[o] = (uint16_t)(((a << 10) + (b - a) * frac[o] + 4) >> 3);
    }
}

static void vblend_portable(const uint16_t *top, const uint16_t *bot, int32_t fy, uint8_t *dst, int64_t count) {
    int32_t gy = 1024 - fy;
    for (int64_t x = 0; x < count; x++)
        dst[x] = (uint8_t)(((int32_t)top[x] * gy + (int32_t)bot[x] * fy + 65536) >> 17);
}

static void mix_portable(uint8_t *a, const uint8_t *b, int32_t w, int64_t count) {
    int32_t inv = 256 - w;
    for (int64_t i = 0; i < count; i++)
        a[i] = (uint8_t)(((int32_t)a[i] * inv + (int32_t)b[i] * w + 128) >> 8);
}

#ifdef REEL_X86
/* ---- AVX2 versions ---- */

__attribute__((target("avx2")))
static void hsample_avx2(const uint8_t *row, int64_t readable, const int32_t *index, const int32_t *frac, uint16_t *dst, int64_t count) {
    const __m256i lowByte = _mm256_set1_epi32(0xff);
    const __m256i four = _mm256_set1_epi32(4);
    int64_t o = 0;
    /* One 32-bit gather per lane brings both neighbours (bytes 0 and 1 of the word). */
    for (; o + 8 <= count && index[o + 7] + 4 <= readable; o += 8) {
        __m256i idx = _mm256_loadu_si256((const __m256i *)(index + o));
        __m256i f = _mm256_loadu_si256((const __m256i *)(frac + o));
        __m256i w = _mm256_i32gather_epi32((const int *)row, idx, 1);
        __m256i a = _mm256_and_si256(w, lowByte);
        __m256i b = _mm256_and_si256(_mm256_srli_epi32(w, 8), lowByte);
        __m256i v = _mm256_add_epi32(_mm256_slli_epi32(a, 10), _mm256_mullo_epi32(_mm256_sub_epi32(b, a), f));
        v = _mm256_srli_epi32(_mm256_add_epi32(v, four), 3);
        __m128i lo = _mm256_castsi256_si128(v), hi = _mm256_extracti128_si256(v, 1);
        _mm_storeu_si128((__m128i *)(dst + o), _mm_packus_epi32(lo, hi));
    }
    hsample_portable(row, index + o, frac + o, dst + o, count - o);
}

__attribute__((target("avx2")))
static void vblend_avx2(const uint16_t *top, const uint16_t *bot, int32_t fy, uint8_t *dst, int64_t count) {
    /* (top, bot) pairs times (gy, fy) with one multiply-add; values ≤ 32640 and weights ≤ 1024
       fit the signed 16-bit inputs of madd. */
    const __m256i weights = _mm256_set1_epi32((fy << 16) | (1024 - fy));
    const __m256i round = _mm256_set1_epi32(65536);
    int64_t x = 0;
    for (; x + 16 <= count; x += 16) {
        __m256i t = _mm256_loadu_si256((const __m256i *)(top + x));
        __m256i b = _mm256_loadu_si256((const __m256i *)(bot + x));
        __m256i lo = _mm256_madd_epi16(_mm256_unpacklo_epi16(t, b), weights);
        __m256i hi = _mm256_madd_epi16(_mm256_unpackhi_epi16(t, b), weights);
        lo = _mm256_srli_epi32(_mm256_add_epi32(lo, round), 17);
        hi = _mm256_srli_epi32(_mm256_add_epi32(hi, round), 17);
        __m256i words = _mm256_packus_epi32(lo, hi);           /* lane order kept by unpack/pack */
        __m256i bytes = _mm256_packus_epi16(words, words);
        __m128i out = _mm_unpacklo_epi64(_mm256_castsi256_si128(bytes), _mm256_extracti128_si256(bytes, 1));
        _mm_storeu_si128((__m128i *)(dst + x), out);
    }
    vblend_portable(top + x, bot + x, fy, dst + x, count - x);
}

__attribute__((target("avx2")))
static void mix_avx2(uint8_t *a, const uint8_t *b, int32_t w, int64_t count) {
    const __m256i weights = _mm256_set1_epi32((w << 16) | (256 - w));
    const __m256i round = _mm256_set1_epi32(128);
    const __m256i zero = _mm256_setzero_si256();
    int64_t i = 0;
    for (; i + 32 <= count; i += 32) {
        __m256i va = _mm256_loadu_si256((const __m256i *)(a + i));
        __m256i vb = _mm256_loadu_si256((const __m256i *)(b + i));
        __m256i a0 = _mm256_unpacklo_epi8(va, zero), a1 = _mm256_unpackhi_epi8(va, zero);
        __m256i b0 = _mm256_unpacklo_epi8(vb, zero), b1 = _mm256_unpackhi_epi8(vb, zero);
        __m256i r00 = _mm256_madd_epi16(_mm256_unpacklo_epi16(a0, b0), weights);
        __m256i r01 = _mm256_madd_epi16(_mm256_unpackhi_epi16(a0, b0), weights);
        __m256i r10 = _mm256_madd_epi16(_mm256_unpacklo_epi16(a1, b1), weights);
        __m256i r11 = _mm256_madd_epi16(_mm256_unpackhi_epi16(a1, b1), weights);
        r00 = _mm256_srli_epi32(_mm256_add_epi32(r00, round), 8);
        r01 = _mm256_srli_epi32(_mm256_add_epi32(r01, round), 8);
        r10 = _mm256_srli_epi32(_mm256_add_epi32(r10, round), 8);
        r11 = _mm256_srli_epi32(_mm256_add_epi32(r11, round), 8);
        __m256i w0 = _mm256_packus_epi32(r00, r01), w1 = _mm256_packus_epi32(r10, r11);
        _mm256_storeu_si256((__m256i *)(a + i), _mm256_packus_epi16(w0, w1));
    }
    mix_portable(a + i, b + i, w, count - i);
}

__attribute__((target("avx2")))
static void hsample_planned_avx2(const uint8_t *row, int64_t readable, const reel_hblock *blocks,
                                 const int32_t *index, const int32_t *frac, uint16_t *dst, int64_t count) {
    const __m128i four = _mm_set1_epi32(4);
    int64_t nblocks = count / 8;
    for (int64_t k = 0; k < nblocks; k++) {
        const reel_hblock *b = blocks + k;
        if (!b->usable || b->base + 16 > readable) {
            hsample_portable(row, index + 8 * k, frac + 8 * k, dst + 8 * k, 8);
            continue;
        }
        __m128i window = _mm_loadu_si128((const __m128i *)(row + b->base));
        __m128i pairs = _mm_shuffle_epi8(window, _mm_loadu_si128((const __m128i *)b->shuffle)); /* a0 b0 a1 b1 … */
        __m128i lo = _mm_cvtepu8_epi16(pairs), hi = _mm_cvtepu8_epi16(_mm_srli_si128(pairs, 8));
        __m128i m0 = _mm_madd_epi16(lo, _mm_loadu_si128((const __m128i *)b->weights));
        __m128i m1 = _mm_madd_epi16(hi, _mm_loadu_si128((const __m128i *)(b->weights + 8)));
        m0 = _mm_srli_epi32(_mm_add_epi32(m0, four), 3);
        m1 = _mm_srli_epi32(_mm_add_epi32(m1, four), 3);
        _mm_storeu_si128((__m128i *)(dst + 8 * k), _mm_packus_epi32(m0, m1));
    }
    hsample_portable(row, index + 8 * nblocks, frac + 8 * nblocks, dst + 8 * nblocks, count - 8 * nblocks);
}

static int has_avx2(void) {
    static int cached = -1;
    if (cached < 0) {
        __builtin_cpu_init();
        cached = __builtin_cpu_supports("avx2") ? 1 : 0;
    }
    return cached;
}
#endif

static int force_portable = 0;

void reel_kernels_force_portable(int on) { force_portable = on; }

static int use_avx2(void) {
#ifdef REEL_X86
    return !force_portable && has_avx2();
#else
    return 0;
#endif
}

const char *reel_kernels_isa(void) { return use_avx2() ? "avx2" : "portable"; }

/* Shared with reel_transitions.c (not in the public header). */
int reel_internal_use_avx2(void) { return use_avx2(); }

void reel_hsample_row(const uint8_t *row, int64_t readable, const int32_t *index, const int32_t *frac,
                      uint16_t *dst, int64_t count) {
#ifdef REEL_X86
    if (use_avx2()) { hsample_avx2(row, readable, index, frac, dst, count); return; }
#endif
    (void)readable;
    hsample_portable(row, index, frac, dst, count);
}

void reel_hsample_plan(const int32_t *index, const int32_t *frac, int64_t count, reel_hblock *blocks) {
    for (int64_t k = 0; k < count / 8; k++) {
        reel_hblock *b = blocks + k;
        b->base = index[8 * k];
        b->usable = 1;
        for (int j = 0; j < 8; j++) {
            int32_t d = index[8 * k + j] - b->base;
            if (d < 0 || d > 14) { b->usable = 0; d = 0; }
            b->shuffle[2 * j] = (uint8_t)d;
            b->shuffle[2 * j + 1] = (uint8_t)(d + 1);
            b->weights[2 * j] = (int16_t)(1024 - frac[8 * k + j]);
            b->weights[2 * j + 1] = (int16_t)frac[8 * k + j];
        }
    }
}

void reel_hsample_row_planned(const uint8_t *row, int64_t readable, const reel_hblock *blocks,
                              const int32_t *index, const int32_t *frac, uint16_t *dst, int64_t count) {
#ifdef REEL_X86
    if (use_avx2()) { hsample_planned_avx2(row, readable, blocks, index, frac, dst, count); return; }
#endif
    (void)readable; (void)blocks;
    hsample_portable(row, index, frac, dst, count);
}

void reel_vblend_row(const uint16_t *top, const uint16_t *bot, int32_t fy, uint8_t *dst, int64_t count) {
#ifdef REEL_X86
    if (use_avx2()) { vblend_avx2(top, bot, fy, dst, count); return; }
#endif
    vblend_portable(top, bot, fy, dst, count);
}

void reel_mix_u8(uint8_t *a, const uint8_t *b, int32_t w, int64_t count) {
#ifdef REEL_X86
    if (use_avx2()) { mix_avx2(a, b, w, count); return; }
#endif
    mix_portable(a, b, w, count);
}
