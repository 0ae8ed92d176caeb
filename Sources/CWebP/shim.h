#include <webp/decode.h>
#include <webp/demux.h>
#include <webp/mux_types.h>
/// WebPGetFeatures and WebPDemux are macros over versioned internals.
static inline VP8StatusCode reel_webp_get_features(const uint8_t *data, size_t size, WebPBitstreamFeatures *f) { return WebPGetFeatures(data, size, f); }
static inline WebPDemuxer *reel_webp_demux(const WebPData *data) { return WebPDemux(data); }
static inline int reel_webp_init_decoder_config(WebPDecoderConfig *c) { return WebPInitDecoderConfig(c); }
/// WebPAnimDecoderOptionsInit and WebPAnimDecoderNew are inline wrappers over versioned internals.
static inline int reel_webp_anim_decoder_options_init(WebPAnimDecoderOptions *o) { return WebPAnimDecoderOptionsInit(o); }
static inline WebPAnimDecoder *reel_webp_anim_decoder_new(const WebPData *data, const WebPAnimDecoderOptions *o) { return WebPAnimDecoderNew(data, o); }
