#include "reel_kernels.h"

/* The still resize and colour conversion. Integer arithmetic throughout, so every build and
   every machine makes the same bytes (the compositor's golden checksums depend on it). */

void reel_resize_h(const uint8_t *src, int64_t src_width, int64_t rows, const int32_t *first,
                   const int32_t *count, const int32_t *offset, const int32_t *weights,
                   int64_t out_width, int32_t premultiply, int32_t *mid) {
    for (int64_t r = 0; r < rows; r++) {
        const uint8_t *row = src + r * src_width * 4;
        int32_t *m = mid + r * out_width * 4;
        for (int64_t x = 0; x < out_width; x++) {
            const uint8_t *p = row + (int64_t)first[x] * 4;
            const int32_t *w = weights + offset[x];
            int32_t n = count[x];
            int32_t ar = 0, ag = 0, ab = 0, aa = 0;
            if (premultiply) {
                for (int32_t k = 0; k < n; k++, p += 4) {
                    int32_t a = p[3];
                    ar += w[k] * (p[0] * a / 255);
                    ag += w[k] * (p[1] * a / 255);
                    ab += w[k] * (p[2] * a / 255);
                    aa += w[k] * a;
                }
            } else {
                for (int32_t k = 0; k < n; k++, p += 4) {
                    ar += w[k] * p[0];
                    ag += w[k] * p[1];
                    ab += w[k] * p[2];
                    aa += w[k] * p[3];
                }
            }
            m[4 * x] = (ar + 512) >> 10;
            m[4 * x + 1] = (ag + 512) >> 10;
            m[4 * x + 2] = (ab + 512) >> 10;
            m[4 * x + 3] = (aa + 512) >> 10;
        }
    }
}

static inline uint8_t clamp8(int32_t v) { return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v); }

void reel_resize_v_row(const int32_t *mid, int64_t stride, const int32_t *weights, int32_t taps,
                       int64_t out_width, int32_t premultiply, int32_t *acc, uint8_t *dst) {
    int64_t len = out_width * 4;
    int32_t w0 = weights[0];
    for (int64_t i = 0; i < len; i++) acc[i] = w0 * mid[i];
    for (int32_t k = 1; k < taps; k++) {
        const int32_t *m = mid + k * stride;
        int32_t w = weights[k];
        for (int64_t i = 0; i < len; i++) acc[i] += w * m[i];
    }
    for (int64_t x = 0; x < out_width; x++) {
        const int32_t *s = acc + 4 * x;
        int32_t a = (s[3] + (1 << 17)) >> 18;
        a = a < 0 ? 0 : a > 255 ? 255 : a;
        int32_t r = (s[0] + (1 << 17)) >> 18, g = (s[1] + (1 << 17)) >> 18, b = (s[2] + (1 << 17)) >> 18;
        if (premultiply) {
            if (a > 0) { r = r * 255 / a; g = g * 255 / a; b = b * 255 / a; } else { r = g = b = 0; }
        }
        uint8_t *o = dst + 4 * x;
        o[0] = clamp8(r); o[1] = clamp8(g); o[2] = clamp8(b);
        o[3] = premultiply ? (uint8_t)a : 255;
    }
}

void reel_rgba_to_yuv420(const uint8_t *rgba, int64_t width, int64_t height, const int32_t *coef, int32_t flatten,
                         uint8_t *y, int64_t y_stride, uint8_t *u, uint8_t *v, int64_t c_stride) {
    const int32_t yR = coef[0], yG = coef[1], yB = coef[2];
    const int32_t uR = coef[3], uG = coef[4], uB = coef[5], vR = coef[6], vG = coef[7], vB = coef[8];
    int64_t cw = (width + 1) / 2, ch = (height + 1) / 2;
    for (int64_t cy = 0; cy < ch; cy++) {
        int64_t y0 = cy * 2, y1 = y0 + 1 < height ? y0 + 1 : height - 1;
        for (int64_t cx = 0; cx < cw; cx++) {
            int64_t x0 = cx * 2, x1 = x0 + 1 < width ? x0 + 1 : width - 1;
            int64_t px[4][2] = {{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}};
            int32_t sr = 0, sg = 0, sb = 0;
            for (int j = 0; j < 4; j++) {
                const uint8_t *p = rgba + (px[j][1] * width + px[j][0]) * 4;
                int32_t r = p[0], g = p[1], b = p[2];
                if (flatten && p[3] != 255) {
                    int32_t a = p[3];
                    r = (r * a + 127) / 255; g = (g * a + 127) / 255; b = (b * a + 127) / 255;
                }
                y[px[j][1] * y_stride + px[j][0]] = (uint8_t)((yR * r + yG * g + yB * b + (16 << 16) + 32768) >> 16);
                sr += r; sg += g; sb += b;
            }
            u[cy * c_stride + cx] = clamp8((uR * sr + uG * sg + uB * sb + (128 << 18) + (1 << 17)) >> 18);
            v[cy * c_stride + cx] = clamp8((vR * sr + vG * sg + vB * sb + (128 << 18) + (1 << 17)) >> 18);
        }
    }
}
