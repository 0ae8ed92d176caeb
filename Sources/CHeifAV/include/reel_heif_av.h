#ifndef REEL_HEIF_AV_H
#define REEL_HEIF_AV_H

#include <stdint.h>

// A libheif decoder plugin for HEVC backed by libavcodec's HEVC decoder. Registered once with
// a priority above libde265's, so libheif gives it every HEVC item (grid tiles and alpha too).

/// Which HEVC decoder libheif picks for items decoded on the calling thread. libheif chooses
/// on the thread that decodes an item, so a thread not in `REEL_HEIF_AV_AUTOMATIC` must have
/// its grid tiles decoded on itself (`heif_context_set_max_decoding_threads(ctx, 0)`).
enum reel_heif_av_mode {
    /// libavcodec (other threads are always in this mode).
    REEL_HEIF_AV_AUTOMATIC = 0,
    /// libde265, libheif's own HEVC decoder: the fallback.
    REEL_HEIF_AV_LIBDE265 = 1,
    /// libavcodec refuses every picture, as on a stream it cannot decode (tests the fallback).
    REEL_HEIF_AV_FAILING = 2,
    /// libavcodec, and no second try with libde265 when it fails (tests).
    REEL_HEIF_AV_ONLY = 3,
};

/// What the plugin hands libheif for an 8-bit YCbCr picture decoded on the calling thread.
/// libheif 1.15 converts every decoded picture to planar RGB with a per-pixel float loop; the
/// plugin does the same arithmetic in one vectorised pass straight from libavcodec's frame.
enum reel_heif_av_output {
    /// Planar 8-bit RGB with the picture's own matrix and range (its VUI), which is what
    /// libheif uses when the container has no nclx `colr` (other threads always do this).
    REEL_HEIF_AV_RGB_FROM_STREAM = 0,
    /// Planar 8-bit RGB with the container's nclx matrix and range, as libheif would use them.
    REEL_HEIF_AV_RGB_FROM_CONTAINER = 1,
    /// The YCbCr picture as decoded, converted by libheif (alpha and depth images, whose
    /// planes libheif reads as they are, and higher bit depths).
    REEL_HEIF_AV_YCBCR = 2,
};

/// Sets the calling thread's output (a `reel_heif_av_output`) and, for
/// `REEL_HEIF_AV_RGB_FROM_CONTAINER`, the nclx matrix coefficients and full-range flag. A thread that sets anything but `REEL_HEIF_AV_RGB_FROM_STREAM` must decode its grid
/// tiles itself (`heif_context_set_max_decoding_threads(ctx, 0)`), as for the mode.
void reel_heif_av_set_thread_output(int output, int matrix, int full_range);

/// The calling thread's output (a `reel_heif_av_output`).
int reel_heif_av_thread_output(void);

/// How many slice threads libavcodec decodes a picture with on the calling thread (1 to 16;
/// 1 on every thread that never sets it, libheif's tile threads among them).
void reel_heif_av_set_thread_slice_threads(int threads);

/// Pictures the plugin has handed libheif as RGB in this process.
long long reel_heif_av_rgb_count(void);

/// Registers the plugin with libheif (call after `heif_init`, once). Pictures larger than
/// `max_pixels` are refused before their memory is allocated. Returns 0 on success, -1 when
/// libavcodec has no HEVC decoder or libheif refused the plugin (libde265 then decodes all).
int reel_heif_av_register(long long max_pixels);

/// Whether the plugin is registered.
int reel_heif_av_is_registered(void);

/// Sets the calling thread's mode (a `reel_heif_av_mode`).
void reel_heif_av_set_thread_mode(int mode);

/// The calling thread's mode (a `reel_heif_av_mode`).
int reel_heif_av_thread_mode(void);

/// Pictures the plugin has decoded in this process.
long long reel_heif_av_decoded_count(void);

/// Interleaves planar 8-bit RGB (rows `strides` bytes apart, one stride per plane) into
/// opaque RGBA rows of `width * 4` bytes: what Reel makes of a planar RGB image from libheif.
void reel_heif_rgb_planes_to_rgba(const uint8_t *r, const uint8_t *g, const uint8_t *b, const int64_t strides[3],
                                  int64_t width, int64_t height, uint8_t *rgba);

#endif
