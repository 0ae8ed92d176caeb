#include <webp/decode.h>
#include <webp/demux.h>
#include <webp/mux_types.h>
/// WebPGetFeatures and WebPDemux are macros over versioned internals.
static inline VP8StatusCode reel_webp_get_features(const uint8_t *data, size_t size, WebPBitstreamFeatures *f) { return WebPGetFeatures(data, size, f); }
static inline WebPDemuxer *reel_webp_demux(const WebPData *data) { return WebPDemux(data); }
static inline int reel_webp_init_decoder_config(WebPDecoderConfig *c) { return WebPInitDecoderConfig(c); }
