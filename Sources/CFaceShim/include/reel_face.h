#ifndef REEL_FACE_H
#define REEL_FACE_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A face found in an image: its box in pixels and the detector's confidence (larger is surer;
/// 0 is the detector's own threshold).
typedef struct {
    int32_t x, y, width, height;
    double score;
} reel_face_box;

/// dlib's HOG frontal face detector (its model, serialized, is compiled into Reel: no file to
/// find). One detector serves one thread at a time.
typedef struct reel_face_detector reel_face_detector;

/// A new detector, or NULL when it cannot be made (out of memory).
reel_face_detector *reel_face_detector_create(void);

/// 1 when the model compiled into Reel is, byte for byte, the one the installed dlib's
/// get_frontal_face_detector() gives (which takes about a second), 0 when not, -1 on failure.
int32_t reel_face_model_is_dlibs(void);

/// Frees a detector made by reel_face_detector_create (NULL is allowed).
void reel_face_detector_free(reel_face_detector *detector);

/// Finds upright frontal faces in an 8-bit grey image of `width` x `height` pixels whose rows are
/// `stride` bytes apart. Writes at most `capacity` boxes to `out`, most confident first.
/// Returns how many faces were found (may exceed `capacity`), or -1 on failure.
int32_t reel_face_detect(reel_face_detector *detector, const uint8_t *grey, int32_t width, int32_t height,
                         int32_t stride, reel_face_box *out, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
