#ifndef REEL_CFREETYPE_SHIM_H
#define REEL_CFREETYPE_SHIM_H
#include <ft2build.h>
#include FT_FREETYPE_H

/// Macros Swift cannot import, re-exported as functions.

/// Load flags for title glyphs: rendered to an 8-bit coverage bitmap with light hinting
/// (keeps the designed shapes; only vertical positions snap), outlines only.
static inline FT_Int32 reel_ft_load_render_light(void) {
    return FT_LOAD_DEFAULT | FT_LOAD_RENDER | FT_LOAD_NO_BITMAP | FT_LOAD_TARGET_LIGHT;
}
/// Load flags for measuring a glyph's advance without drawing it.
static inline FT_Int32 reel_ft_load_advance(void) {
    return FT_LOAD_DEFAULT | FT_LOAD_NO_BITMAP | FT_LOAD_TARGET_LIGHT;
}
static inline int reel_ft_has_kerning(FT_Face face) { return FT_HAS_KERNING(face) ? 1 : 0; }
static inline int reel_ft_is_scalable(FT_Face face) { return FT_IS_SCALABLE(face) ? 1 : 0; }
static inline FT_UInt reel_ft_kerning_default(void) { return FT_KERNING_DEFAULT; }
static inline int reel_ft_pixel_mode_gray(void) { return FT_PIXEL_MODE_GRAY; }
#endif
