#ifndef REEL_CFFMPEG_SHIM_H
#define REEL_CFFMPEG_SHIM_H
#include <libavformat/avformat.h>
#include <libavcodec/avcodec.h>
#include <libavutil/avutil.h>
#include <libavutil/opt.h>
#include <libavutil/imgutils.h>
#include <libavutil/channel_layout.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/samplefmt.h>
#include <libavutil/error.h>
#include <libswscale/swscale.h>
#include <libswresample/swresample.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersrc.h>
#include <libavfilter/buffersink.h>

/// Macros Swift cannot import, re-exported as functions.
static inline int reel_averror(int e) { return AVERROR(e); }
static inline int reel_averror_eof(void) { return AVERROR_EOF; }
static inline int reel_averror_eagain(void) { return AVERROR(EAGAIN); }
static inline int64_t reel_av_nopts_value(void) { return AV_NOPTS_VALUE; }
static inline AVRational reel_av_time_base_q(void) { return AV_TIME_BASE_Q; }
static inline int reel_av_err2str(int errnum, char *buf, size_t size) { return av_strerror(errnum, buf, size); }
static inline int reel_av_buffersrc_flag_keep_ref(void) { return AV_BUFFERSRC_FLAG_KEEP_REF; }

#if defined(__GLIBC__)
#include <malloc.h>
/// Hands freed heap memory (libav's large picture buffers among it) back to the system.
static inline void reel_release_freed_memory(void) { malloc_trim(0); }
#else
static inline void reel_release_freed_memory(void) {}
#endif
#endif
