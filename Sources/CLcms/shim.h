#include <lcms2.h>
/// lcms2's pixel-format constants are macros Swift cannot import; these spell the ones Reel uses.
static const cmsUInt32Number REEL_TYPE_RGBA_8 = TYPE_RGBA_8;
/// Grey in the first byte of a 4-byte pixel (a grey image decoded as RGBA); the rest left alone.
static const cmsUInt32Number REEL_TYPE_GRAY_8_PAD3 = COLORSPACE_SH(PT_GRAY) | EXTRA_SH(3) | CHANNELS_SH(1) | BYTES_SH(1);
/// Inverted CMYK (0 = full ink) as Adobe-marked JPEGs store it.
static const cmsUInt32Number REEL_TYPE_CMYK_8_REV = TYPE_CMYK_8_REV;
static const cmsUInt32Number REEL_TYPE_CMYK_8 = TYPE_CMYK_8;
