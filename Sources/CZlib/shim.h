#include <zlib.h>
/// inflateInit is a macro over inflateInit_ with the header's version and struct size.
static inline int reel_inflate_init(z_stream *stream) { return inflateInit(stream); }
