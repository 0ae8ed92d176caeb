#ifndef REEL_HEIF_AV_H
#define REEL_HEIF_AV_H

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

#endif
