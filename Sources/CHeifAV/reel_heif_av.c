// libheif HEVC decoder plugin on libavcodec (see include/reel_heif_av.h).
#include <libheif/heif.h>
#include <libheif/heif_plugin.h>
#include <libavcodec/avcodec.h>
#include <libavutil/pixdesc.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "reel_heif_av.h"

/// Above libde265's 100: libheif offers every HEVC item to this plugin first.
enum { PLUGIN_PRIORITY = 120, FALLBACK_PRIORITY = 1 };

static const AVCodec *hevc_codec;
static atomic_int registered;
static atomic_llong max_pixels;
static atomic_llong decoded;
static atomic_llong converted_count;
static _Thread_local int mode_here = REEL_HEIF_AV_AUTOMATIC;

/// How pictures decoded on this thread are handed to libheif (`reel_heif_av_set_thread_output`).
static _Thread_local struct {
    int output, matrix, full_range;
} output_here = {REEL_HEIF_AV_RGB_FROM_STREAM, 0, 0};
static _Thread_local int slice_threads_here = 1;

/// The item's bitstream as Annex B (start codes), ready for one AVPacket.
struct reel_av_decoder {
    uint8_t *data;
    size_t size, capacity;
};

static struct heif_error ok(void) { return (struct heif_error){heif_error_Ok, heif_suberror_Unspecified, "Success"}; }

static struct heif_error fail(enum heif_suberror_code sub, const char *message) {
    return (struct heif_error){heif_error_Decoder_plugin_error, sub, message};
}

static const char *plugin_name(void) { return "libavcodec HEVC decoder (Reel)"; }

static int supports(enum heif_compression_format format) {
    if (format != heif_compression_HEVC) return 0;
    return mode_here == REEL_HEIF_AV_LIBDE265 ? FALLBACK_PRIORITY : PLUGIN_PRIORITY;
}

static struct heif_error new_decoder(void **out) {
    struct reel_av_decoder *d = calloc(1, sizeof *d);
    if (!d) return fail(heif_suberror_Unspecified, "out of memory");
    *out = d;
    return ok();
}

static void free_decoder(void *raw) {
    struct reel_av_decoder *d = raw;
    if (!d) return;
    free(d->data);
    free(d);
}

static int reserve(struct reel_av_decoder *d, size_t more) {
    // Room for `more` bytes plus libavcodec's zeroed input padding.
    if (more > SIZE_MAX / 2 - d->size - AV_INPUT_BUFFER_PADDING_SIZE) return -1;
    size_t need = d->size + more + AV_INPUT_BUFFER_PADDING_SIZE;
    if (need <= d->capacity) return 0;
    size_t capacity = d->capacity ? d->capacity : 4096;
    while (capacity < need) capacity = capacity > SIZE_MAX / 2 ? need : capacity * 2;
    uint8_t *grown = realloc(d->data, capacity);
    if (!grown) return -1;
    d->data = grown;
    d->capacity = capacity;
    return 0;
}

/// libheif hands over the hvcC parameter sets and the item's data as NAL units, each after a
/// 4-byte big-endian length; libavcodec is given them with start codes.
static struct heif_error push_data(void *raw, const void *data, size_t size) {
    struct reel_av_decoder *d = raw;
    const uint8_t *p = data;
    size_t at = 0;
    while (at < size) {
        if (size - at < 4) return fail(heif_suberror_End_of_data, "truncated NAL unit length");
        size_t length = (size_t)p[at] << 24 | (size_t)p[at + 1] << 16 | (size_t)p[at + 2] << 8 | p[at + 3];
        at += 4;
        if (length > size - at) return fail(heif_suberror_End_of_data, "NAL unit longer than its data");
        if (reserve(d, length + 4) != 0) return fail(heif_suberror_Unspecified, "out of memory");
        static const uint8_t start[4] = {0, 0, 0, 1};
        memcpy(d->data + d->size, start, 4);
        memcpy(d->data + d->size + 4, p + at, length);
        d->size += length + 4;
        memset(d->data + d->size, 0, AV_INPUT_BUFFER_PADDING_SIZE);
        at += length;
    }
    return ok();
}

/// The frame as a libheif YCbCr (or monochrome) image of the same bit depth and subsampling.
static struct heif_error to_heif_image(const AVFrame *frame, struct heif_image **out) {
    const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(frame->format);
    // Planar YCbCr, or one grey plane (alpha pictures), little-endian samples.
    if (!desc || (desc->flags & (AV_PIX_FMT_FLAG_RGB | AV_PIX_FMT_FLAG_BE | AV_PIX_FMT_FLAG_ALPHA | AV_PIX_FMT_FLAG_PAL))
        || !(desc->nb_components == 1 || (desc->nb_components == 3 && (desc->flags & AV_PIX_FMT_FLAG_PLANAR))))
        return fail(heif_suberror_Unsupported_data_version, "unsupported HEVC picture format");
    int depth = desc->comp[0].depth;
    int mono = desc->nb_components == 1;
    enum heif_chroma chroma;
    if (mono) chroma = heif_chroma_monochrome;
    else if (desc->log2_chroma_w == 1 && desc->log2_chroma_h == 1) chroma = heif_chroma_420;
    else if (desc->log2_chroma_w == 1 && desc->log2_chroma_h == 0) chroma = heif_chroma_422;
    else if (desc->log2_chroma_w == 0 && desc->log2_chroma_h == 0) chroma = heif_chroma_444;
    else return fail(heif_suberror_Unsupported_data_version, "unsupported HEVC chroma subsampling");
    if (depth < 8 || depth > 16 || frame->width <= 0 || frame->height <= 0)
        return fail(heif_suberror_Invalid_image_size, "invalid HEVC picture");
    struct heif_error err = heif_image_create(frame->width, frame->height,
                                              mono ? heif_colorspace_monochrome : heif_colorspace_YCbCr, chroma, out);
    if (err.code != heif_error_Ok) return err;
    static const enum heif_channel channels[3] = {heif_channel_Y, heif_channel_Cb, heif_channel_Cr};
    int bytes = depth > 8 ? 2 : 1;
    for (int c = 0; c < desc->nb_components; c++) {
        int w = c == 0 ? frame->width : AV_CEIL_RSHIFT(frame->width, desc->log2_chroma_w);
        int h = c == 0 ? frame->height : AV_CEIL_RSHIFT(frame->height, desc->log2_chroma_h);
        err = heif_image_add_plane(*out, channels[c], w, h, depth);
        int stride = 0;
        uint8_t *dst = err.code == heif_error_Ok ? heif_image_get_plane(*out, channels[c], &stride) : NULL;
        if (!dst || !frame->data[c]) {
            heif_image_release(*out);
            *out = NULL;
            return err.code != heif_error_Ok ? err : fail(heif_suberror_Unspecified, "out of memory");
        }
        for (int y = 0; y < h; y++)
            memcpy(dst + (size_t)y * stride, frame->data[c] + (ptrdiff_t)y * frame->linesize[c], (size_t)w * bytes);
    }
    // The stream's own colour description (VUI), as libde265's plugin reports it; libheif
    // prefers the container's `colr` nclx when there is one.
    struct heif_color_profile_nclx *nclx = heif_nclx_color_profile_alloc();
    if (nclx) {
        (void)heif_nclx_color_profile_set_color_primaries(nclx, (uint16_t)frame->color_primaries);
        (void)heif_nclx_color_profile_set_transfer_characteristics(nclx, (uint16_t)frame->color_trc);
        (void)heif_nclx_color_profile_set_matrix_coefficients(nclx, (uint16_t)frame->colorspace);
        nclx->full_range_flag = frame->color_range == AVCOL_RANGE_JPEG;
        (void)heif_image_set_nclx_color_profile(*out, nclx);
        heif_nclx_color_profile_free(nclx);
    }
    return ok();
}

/// Kr and Kb of an nclx matrix, as libheif 1.15 reads them (both 0: unknown or derived from
/// the primaries, which libheif then replaces with BT.601's).
static void kr_kb(int matrix, float *kr, float *kb) {
    switch (matrix) {
    case 1: *kr = 0.2126f; *kb = 0.0722f; return;
    case 4: *kr = 0.30f; *kb = 0.11f; return;
    case 5: case 6: *kr = 0.299f; *kb = 0.114f; return;
    case 7: *kr = 0.212f; *kb = 0.087f; return;
    case 9: case 10: *kr = 0.2627f; *kb = 0.0593f; return;
    default: *kr = 0; *kb = 0; return;
    }
}

/// One output value exactly as libheif's `clip_f_u16` rounds it (truncating v + 0.5; the
/// values are far inside int's range, so a 32-bit truncation, which vectorises, is the same).
static inline uint8_t round_u8(float v) {
    int x = (int)(v + 0.5f);
    return (uint8_t)(x < 0 ? 0 : x > 255 ? 255 : x);
}

/// An 8-bit YCbCr frame (any subsampling) converted to planar 8-bit RGB with the arithmetic of
/// libheif 1.15's own conversion (nearest chroma sample, the same float expressions in the
/// same order), so the pixels are the ones libheif would have made from the YCbCr image, in
/// one pass over the frame and without the YCbCr copy. 0 when the frame is not one this
/// handles (then libheif gets the YCbCr image and converts it itself).
static int to_rgb_image(const AVFrame *frame, const AVPixFmtDescriptor *desc, struct heif_image **out) {
    int matrix, full_range;
    if (output_here.output == REEL_HEIF_AV_RGB_FROM_CONTAINER) {
        matrix = output_here.matrix;
        full_range = output_here.full_range;
    } else if (output_here.output == REEL_HEIF_AV_RGB_FROM_STREAM) {
        matrix = frame->colorspace;
        full_range = frame->color_range == AVCOL_RANGE_JPEG;
    } else {
        return 0;
    }
    // Identity (GBR), YCgCo and the matrices derived from the primaries take libheif's
    // other branches.
    if (matrix == 0 || matrix == 8 || matrix == 12 || matrix == 13) return 0;
    if (desc->nb_components != 3 || desc->comp[0].depth != 8 || desc->comp[1].depth != 8 || desc->comp[2].depth != 8)
        return 0;
    float kr, kb, r_cr = 1.402f, g_cb = -0.344136f, g_cr = -0.714136f, b_cb = 1.772f;
    kr_kb(matrix, &kr, &kb);
    if (kr != 0 || kb != 0) {
        r_cr = 2 * (-kr + 1);
        g_cb = 2 * kb * (-kb + 1) / (kb + kr - 1);
        g_cr = 2 * kr * (-kr + 1) / (kb + kr - 1);
        b_cb = 2 * (-kb + 1);
    }
    int w = frame->width, h = frame->height, sx = desc->log2_chroma_w, sy = desc->log2_chroma_h;
    if (heif_image_create(w, h, heif_colorspace_RGB, heif_chroma_444, out).code != heif_error_Ok) return -1;
    static const enum heif_channel channels[3] = {heif_channel_R, heif_channel_G, heif_channel_B};
    uint8_t *planes[3];
    int strides[3];
    for (int c = 0; c < 3; c++) {
        planes[c] = heif_image_add_plane(*out, channels[c], w, h, 8).code == heif_error_Ok
            ? heif_image_get_plane(*out, channels[c], &strides[c]) : NULL;
        if (!planes[c]) {
            heif_image_release(*out);
            *out = NULL;
            return -1;
        }
    }
    // Per row: chroma differences widened to the row's width once, then one pass that the
    // compiler vectorises.
    float *cb = malloc(sizeof(float) * (size_t)w * 2);
    if (!cb) {
        heif_image_release(*out);
        *out = NULL;
        return -1;
    }
    float *cr = cb + w;
    for (int y = 0; y < h; y++) {
        const uint8_t *py = frame->data[0] + (ptrdiff_t)y * frame->linesize[0];
        const uint8_t *pb = frame->data[1] + (ptrdiff_t)(y >> sy) * frame->linesize[1];
        const uint8_t *pr = frame->data[2] + (ptrdiff_t)(y >> sy) * frame->linesize[2];
        for (int x = 0; x < w; x++) {
            cb[x] = (float)(pb[x >> sx] - 128);
            cr[x] = (float)(pr[x >> sx] - 128);
        }
        uint8_t *r = planes[0] + (size_t)y * strides[0], *g = planes[1] + (size_t)y * strides[1],
                *b = planes[2] + (size_t)y * strides[2];
        if (full_range) {
            for (int x = 0; x < w; x++) {
                float yv = (float)py[x];
                r[x] = round_u8(yv + r_cr * cr[x]);
                g[x] = round_u8(yv + g_cb * cb[x] + g_cr * cr[x]);
                b[x] = round_u8(yv + b_cb * cb[x]);
            }
        } else {
            for (int x = 0; x < w; x++) {
                float yv = ((float)py[x] - 16.0f) * 1.1689f, u = cb[x] * 1.1429f, v = cr[x] * 1.1429f;
                r[x] = round_u8(yv + r_cr * v);
                g[x] = round_u8(yv + g_cb * u + g_cr * v);
                b[x] = round_u8(yv + b_cb * u);
            }
        }
    }
    free(cb);
    return 1;
}

static struct heif_error decode_image(void *raw, struct heif_image **out) {
    struct reel_av_decoder *d = raw;
    *out = NULL;
    if (mode_here == REEL_HEIF_AV_FAILING) return fail(heif_suberror_Unspecified, "HEVC decoding refused");
    if (!d->data || d->size == 0) return fail(heif_suberror_End_of_data, "no HEVC data");
    AVCodecContext *ctx = avcodec_alloc_context3(hevc_codec);
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    struct heif_error err = fail(heif_suberror_Unspecified, "out of memory");
    if (!ctx || !packet || !frame) goto done;
    ctx->max_pixels = atomic_load(&max_pixels);
    // Slice threads (wavefront rows, when the encoder used WPP as x265 does by default) only
    // where the caller asked for them: they shorten the wait for a photo needed at once (the
    // first one, `reel frame`) without adding CPU time. libheif's own tile threads, which
    // already spread a grid's tiles, decode with one each.
    ctx->thread_count = slice_threads_here;
    ctx->thread_type = FF_THREAD_SLICE;
    ctx->err_recognition = AV_EF_EXPLODE;
    // libavcodec's complaints about a bad picture are shown only at verbose level: the failure
    // itself is reported through libheif, and libde265 gets a second try.
    ctx->log_level_offset = AV_LOG_VERBOSE - AV_LOG_ERROR;
    err = fail(heif_suberror_Unspecified, "libavcodec could not open its HEVC decoder");
    if (avcodec_open2(ctx, hevc_codec, NULL) < 0) goto done;
    packet->data = d->data;
    packet->size = d->size > INT32_MAX - AV_INPUT_BUFFER_PADDING_SIZE ? 0 : (int)d->size;
    err = fail(heif_suberror_Unspecified, "HEVC data that libavcodec cannot decode");
    if (packet->size == 0 || avcodec_send_packet(ctx, packet) < 0) goto done;
    (void)avcodec_send_packet(ctx, NULL);
    if (avcodec_receive_frame(ctx, frame) < 0) goto done;
    if (frame->decode_error_flags || (frame->flags & AV_FRAME_FLAG_CORRUPT)) goto done;
    const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(frame->format);
    int converted = desc && !(desc->flags & (AV_PIX_FMT_FLAG_RGB | AV_PIX_FMT_FLAG_BE | AV_PIX_FMT_FLAG_ALPHA | AV_PIX_FMT_FLAG_PAL))
        && (desc->flags & AV_PIX_FMT_FLAG_PLANAR) && frame->width > 0 && frame->height > 0
        ? to_rgb_image(frame, desc, out) : 0;
    if (converted < 0) {
        err = fail(heif_suberror_Unspecified, "out of memory");
    } else {
        err = converted ? ok() : to_heif_image(frame, out);
        if (err.code == heif_error_Ok) {
            atomic_fetch_add(&decoded, 1);
            if (converted) atomic_fetch_add(&converted_count, 1);
        }
    }
done:
    av_frame_free(&frame);
    packet->data = NULL;
    packet->size = 0;
    av_packet_free(&packet);
    avcodec_free_context(&ctx);
    return err;
}

static void set_strict(void *raw, int flag) { (void)raw; (void)flag; }

static const struct heif_decoder_plugin plugin = {
    .plugin_api_version = 3,
    .get_plugin_name = plugin_name,
    .init_plugin = NULL,
    .deinit_plugin = NULL,
    .does_support_format = supports,
    .new_decoder = new_decoder,
    .free_decoder = free_decoder,
    .push_data = push_data,
    .decode_image = decode_image,
    .set_strict_decoding = set_strict,
    .id_name = "reel-libavcodec",
};

int reel_heif_av_register(long long pixels) {
    if (atomic_load(&registered)) return 0;
    atomic_store(&max_pixels, pixels > 0 ? pixels : 100000000LL);
    hevc_codec = avcodec_find_decoder(AV_CODEC_ID_HEVC);
    if (!hevc_codec) return -1;
    if (heif_register_decoder_plugin(&plugin).code != heif_error_Ok) return -1;
    atomic_store(&registered, 1);
    return 0;
}

int reel_heif_av_is_registered(void) { return atomic_load(&registered); }
void reel_heif_av_set_thread_mode(int mode) {
    mode_here = mode == REEL_HEIF_AV_LIBDE265 || mode == REEL_HEIF_AV_FAILING || mode == REEL_HEIF_AV_ONLY
        ? mode : REEL_HEIF_AV_AUTOMATIC;
}
int reel_heif_av_thread_mode(void) { return mode_here; }
long long reel_heif_av_decoded_count(void) { return atomic_load(&decoded); }
long long reel_heif_av_rgb_count(void) { return atomic_load(&converted_count); }
void reel_heif_av_set_thread_output(int output, int matrix, int full_range) {
    output_here.output = output == REEL_HEIF_AV_RGB_FROM_CONTAINER || output == REEL_HEIF_AV_YCBCR
        ? output : REEL_HEIF_AV_RGB_FROM_STREAM;
    output_here.matrix = matrix;
    output_here.full_range = full_range != 0;
}
int reel_heif_av_thread_output(void) { return output_here.output; }

void reel_heif_rgb_planes_to_rgba(const uint8_t *r, const uint8_t *g, const uint8_t *b, const int64_t strides[3],
                                  int64_t width, int64_t height, uint8_t *rgba) {
    for (int64_t y = 0; y < height; y++) {
        const uint8_t *pr = r + y * strides[0], *pg = g + y * strides[1], *pb = b + y * strides[2];
        uint8_t *o = rgba + y * width * 4;
        for (int64_t x = 0; x < width; x++) {
            o[4 * x] = pr[x];
            o[4 * x + 1] = pg[x];
            o[4 * x + 2] = pb[x];
            o[4 * x + 3] = 255;
        }
    }
}
void reel_heif_av_set_thread_slice_threads(int threads) { slice_threads_here = threads < 1 ? 1 : threads > 16 ? 16 : threads; }
