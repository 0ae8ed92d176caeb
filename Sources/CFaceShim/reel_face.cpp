// The only C++ in Reel: a C interface over dlib's HOG face detector. No exception crosses
// into C; every failure comes back as -1 or NULL.
#include "reel_face.h"

#include <algorithm>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include <dlib/image_processing/frontal_face_detector.h>

// dlib's model, serialized (reel_face_model.c, written by scripts/make-face-model.sh).
extern "C" const unsigned char reel_face_model[];
extern "C" const size_t reel_face_model_size;

/// The serialized model as a stream dlib can read.
static std::istringstream model_stream() {
    return std::istringstream(std::string(reinterpret_cast<const char *>(reel_face_model), reel_face_model_size));
}

struct reel_face_detector {
    dlib::frontal_face_detector detector;
    dlib::array2d<unsigned char> image;
};

extern "C" reel_face_detector *reel_face_detector_create(void) {
    try {
        auto *d = new reel_face_detector;
        try {
            // milliseconds; get_frontal_face_detector() unpacks the same model in about a second
            auto in = model_stream();
            dlib::deserialize(d->detector, in);
        } catch (const dlib::serialization_error &) {
            d->detector = dlib::get_frontal_face_detector();  // a dlib that reads it no more
        }
        return d;
    } catch (...) {
        return nullptr;
    }
}

extern "C" int32_t reel_face_model_is_dlibs(void) {
    try {
        std::ostringstream dlibs;
        dlib::serialize(dlib::get_frontal_face_detector(), dlibs);
        const std::string a = dlibs.str();
        return a.size() == reel_face_model_size && std::equal(a.begin(), a.end(), reinterpret_cast<const char *>(reel_face_model)) ? 1 : 0;
    } catch (...) {
        return -1;
    }
}

extern "C" void reel_face_detector_free(reel_face_detector *detector) {
    delete detector;
}

extern "C" int32_t reel_face_detect(reel_face_detector *detector, const uint8_t *grey, int32_t width, int32_t height,
                                    int32_t stride, reel_face_box *out, int32_t capacity) {
    if (!detector || !grey || width <= 0 || height <= 0 || stride < width || capacity < 0 || (capacity > 0 && !out)) return -1;
    try {
        auto &img = detector->image;
        img.set_size(height, width);
        for (int32_t y = 0; y < height; y++) {
            const uint8_t *row = grey + (size_t)y * (size_t)stride;
            std::copy(row, row + width, &img[y][0]);
        }
        std::vector<dlib::rect_detection> found;
        detector->detector(img, found, 0.0);
        std::sort(found.begin(), found.end(), [](const dlib::rect_detection &a, const dlib::rect_detection &b) {
            return a.detection_confidence > b.detection_confidence;
        });
        int32_t n = (int32_t)std::min<size_t>(found.size(), (size_t)INT32_MAX);
        for (int32_t i = 0; i < n && i < capacity; i++) {
            const auto &r = found[(size_t)i].rect;
            out[i] = reel_face_box{(int32_t)r.left(), (int32_t)r.top(), (int32_t)r.width(), (int32_t)r.height(),
                                   found[(size_t)i].detection_confidence};
        }
        return n;
    } catch (...) {
        return -1;
    }
}
