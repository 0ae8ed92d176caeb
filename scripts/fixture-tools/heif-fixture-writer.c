/*
 * Writes the HEIF/AVIF test fixtures and a grey ICC profile; used by scripts/make-color-fixtures.py.
 * Built there with: cc heif-fixture-writer.c $(pkg-config --cflags --libs libheif lcms2)
 *
 *   heif-fixture-writer heif IN.raw W H CHANNELS BITS ORIENTATION EXIF.tiff|- ICC|- heic|avif QUALITY CHROMA OUT [nclx=N] [premultiplied]
 *     IN.raw: 8-bit interleaved RGB (CHANNELS 3) or RGBA (4), W*H pixels.
 *     BITS 8 or 10 (10: samples scaled v*4 + v/64).
 *     ORIENTATION 1-8: written as irot/imir; the pixels are stored as given.
 *     CHROMA 420 or 444 (the encoder's chroma subsampling).
 *     Then optionally: nclx=N (colour primaries code, ITU-T H.273, written in an nclx colr box with
 *     the sRGB transfer), matrix=M (the nclx matrix coefficients, default 6, BT.601), limited
 *     (limited-range samples; default full range), premultiplied (the RGBA samples are
 *     premultiplied by alpha; flagged so). matrix= or limited alone write BT.709 primaries.
 *   heif-fixture-writer grey-profile GAMMA OUT.icc
 *   heif-fixture-writer cmyk-profile OUT.icc
 *     A made-up press: inks with dot gain (printed = ink^0.75), black generated from the
 *     darkest channel; AToB0 (9^4 grid) and BToA0 (17^3 grid) tables, about 80 KB, so a JPEG
 *     needs two APP2 chunks for it.
 */
#include <libheif/heif.h>
#include <lcms2.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(const char *what, struct heif_error e) {
    if (e.code != heif_error_Ok) { fprintf(stderr, "%s: %s\n", what, e.message); exit(1); }
}

static unsigned char *slurp(const char *path, long *size) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END); *size = ftell(f); fseek(f, 0, SEEK_SET);
    unsigned char *data = malloc(*size);
    if (fread(data, 1, *size, f) != (size_t)*size) { perror(path); exit(1); }
    fclose(f);
    return data;
}

static int write_heif(char **argv) {
    long rawSize, exifSize = 0, iccSize = 0;
    unsigned char *raw = slurp(argv[2], &rawSize);
    int w = atoi(argv[3]), h = atoi(argv[4]), channels = atoi(argv[5]), bits = atoi(argv[6]);
    int orientation = atoi(argv[7]);
    unsigned char *exif = strcmp(argv[8], "-") ? slurp(argv[8], &exifSize) : NULL;
    unsigned char *icc = strcmp(argv[9], "-") ? slurp(argv[9], &iccSize) : NULL;
    int avif = !strcmp(argv[10], "avif"), quality = atoi(argv[11]);
    if (rawSize != (long)w * h * channels) { fprintf(stderr, "raw size mismatch\n"); return 1; }

    enum heif_chroma chroma = bits == 8 ? (channels == 4 ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB)
                                        : (channels == 4 ? heif_chroma_interleaved_RRGGBBAA_LE : heif_chroma_interleaved_RRGGBB_LE);
    struct heif_image *image;
    die("create", heif_image_create(w, h, heif_colorspace_RGB, chroma, &image));
    die("plane", heif_image_add_plane(image, heif_channel_interleaved, w, h, bits));
    int stride;
    uint8_t *plane = heif_image_get_plane(image, heif_channel_interleaved, &stride);
    for (int y = 0; y < h; y++) {
        const unsigned char *src = raw + (long)y * w * channels;
        if (bits == 8) {
            memcpy(plane + (long)y * stride, src, (size_t)w * channels);
        } else {
            uint16_t *dst = (uint16_t *)(plane + (long)y * stride);
            for (int i = 0; i < w * channels; i++) dst[i] = (uint16_t)(src[i] * 4 + src[i] / 64);
        }
    }
    if (icc) die("icc", heif_image_set_raw_color_profile(image, "prof", icc, iccSize));

    struct heif_context *ctx = heif_context_alloc();
    struct heif_encoder *encoder;
    die("encoder", heif_context_get_encoder_for_format(ctx, avif ? heif_compression_AV1 : heif_compression_HEVC, &encoder));
    die("quality", heif_encoder_set_lossy_quality(encoder, quality));
    die("chroma", heif_encoder_set_parameter(encoder, "chroma", argv[12]));
    struct heif_encoding_options *options = heif_encoding_options_alloc();
    options->image_orientation = (enum heif_orientation)orientation;
    struct heif_color_profile_nclx *nclx = NULL;
    int primaries = 0, premultiplied = 0, matrix = 6, limited = 0;
    for (char **option = argv + 14; *option; option++) {
        if (!strncmp(*option, "nclx=", 5)) primaries = atoi(*option + 5);
        else if (!strncmp(*option, "matrix=", 7)) matrix = atoi(*option + 7), primaries = primaries ? primaries : 1;
        else if (!strcmp(*option, "limited")) limited = 1, primaries = primaries ? primaries : 1;
        else if (!strcmp(*option, "premultiplied")) premultiplied = 1;
        else { fprintf(stderr, "unknown option %s\n", *option); return 2; }
    }
    if (premultiplied) heif_image_set_premultiplied_alpha(image, 1);
    if (primaries) {
        nclx = heif_nclx_color_profile_alloc();
        die("primaries", heif_nclx_color_profile_set_color_primaries(nclx, (uint16_t)primaries));
        die("transfer", heif_nclx_color_profile_set_transfer_characteristics(nclx, 13));
        die("matrix", heif_nclx_color_profile_set_matrix_coefficients(nclx, (uint16_t)matrix));
        nclx->full_range_flag = !limited;
        options->output_nclx_profile = nclx;
        die("image nclx", heif_image_set_nclx_color_profile(image, nclx));  /* what the colr box says */
        options->macOS_compatibility_workaround_no_nclx_profile = 0;         /* else HEIC omits it */
    }
    struct heif_image_handle *handle;
    die("encode", heif_context_encode_image(ctx, image, encoder, options, &handle));
    if (exif) die("exif", heif_context_add_exif_metadata(ctx, handle, exif, (int)exifSize));
    die("write", heif_context_write_to_file(ctx, argv[13]));
    heif_encoding_options_free(options);
    if (nclx) heif_nclx_color_profile_free(nclx);
    heif_image_handle_release(handle);
    heif_encoder_release(encoder);
    heif_image_release(image);
    heif_context_free(ctx);
    return 0;
}

static int grey_profile(char **argv) {
    cmsToneCurve *curve = cmsBuildGamma(NULL, atof(argv[2]));
    cmsHPROFILE profile = cmsCreateGrayProfile(cmsD50_xyY(), curve);
    cmsMLU *description = cmsMLUalloc(NULL, 1);
    cmsMLUsetASCII(description, "en", "US", "Grey, gamma curve (Reel test fixture)");
    cmsWriteTag(profile, cmsSigProfileDescriptionTag, description);
    int ok = cmsSaveProfileToFile(profile, argv[3]);
    cmsMLUfree(description);
    cmsFreeToneCurve(curve);
    cmsCloseProfile(profile);
    return ok ? 0 : 1;
}

/* --- The made-up CMYK press ------------------------------------------------------------- */

static cmsHTRANSFORM to_lab, from_lab;

static double gain(double ink) { return pow(ink, 0.75); }

/* CMYK (16-bit ink amounts) -> encoded Lab: the press's printed colour. */
static int sample_cmyk(const cmsUInt16Number in[], cmsUInt16Number out[], void *cargo) {
    (void)cargo;
    double k = gain(in[3] / 65535.0), rgb[3];
    for (int i = 0; i < 3; i++) rgb[i] = (1 - gain(in[i] / 65535.0)) * (1 - k);
    cmsCIELab lab;
    cmsDoTransform(to_lab, rgb, &lab, 1);
    cmsFloat2LabEncoded(out, &lab);
    return 1;
}

/* Encoded Lab -> CMYK ink amounts that print it (inverse of the above, clipped to sRGB). */
static int sample_lab(const cmsUInt16Number in[], cmsUInt16Number out[], void *cargo) {
    (void)cargo;
    cmsCIELab lab;
    cmsLabEncoded2Float(&lab, in);
    double rgb[3];
    cmsDoTransform(from_lab, &lab, rgb, 1);
    double brightest = 0;
    for (int i = 0; i < 3; i++) {
        rgb[i] = rgb[i] < 0 ? 0 : rgb[i] > 1 ? 1 : rgb[i];
        if (rgb[i] > brightest) brightest = rgb[i];
    }
    double printedK = 1 - brightest;
    out[3] = (cmsUInt16Number)(pow(printedK, 1 / 0.75) * 65535 + 0.5);
    for (int i = 0; i < 3; i++) {
        double printed = brightest > 0 ? 1 - rgb[i] / brightest : 0;
        out[i] = (cmsUInt16Number)(pow(printed, 1 / 0.75) * 65535 + 0.5);
    }
    return 1;
}

static int cmyk_profile(char **argv) {
    cmsHPROFILE srgb = cmsCreate_sRGBProfile(), lab = cmsCreateLab4Profile(NULL);
    to_lab = cmsCreateTransform(srgb, TYPE_RGB_DBL, lab, TYPE_Lab_DBL, INTENT_RELATIVE_COLORIMETRIC, 0);
    from_lab = cmsCreateTransform(lab, TYPE_Lab_DBL, srgb, TYPE_RGB_DBL, INTENT_RELATIVE_COLORIMETRIC, 0);

    cmsHPROFILE profile = cmsCreateProfilePlaceholder(NULL);
    cmsSetProfileVersion(profile, 2.1);
    cmsSetDeviceClass(profile, cmsSigOutputClass);
    cmsSetColorSpace(profile, cmsSigCmykData);
    cmsSetPCS(profile, cmsSigLabData);
    cmsSetHeaderRenderingIntent(profile, INTENT_RELATIVE_COLORIMETRIC);
    cmsMLU *description = cmsMLUalloc(NULL, 1);
    cmsMLUsetASCII(description, "en", "US", "Made-up CMYK press (Reel test fixture)");
    cmsWriteTag(profile, cmsSigProfileDescriptionTag, description);
    cmsWriteTag(profile, cmsSigMediaWhitePointTag, cmsD50_XYZ());

    cmsPipeline *atob = cmsPipelineAlloc(NULL, 4, 3);
    cmsStage *forward = cmsStageAllocCLut16bit(NULL, 9, 4, 3, NULL);
    cmsStageSampleCLut16bit(forward, sample_cmyk, NULL, 0);
    cmsPipelineInsertStage(atob, cmsAT_BEGIN, forward);
    cmsWriteTag(profile, cmsSigAToB0Tag, atob);

    cmsPipeline *btoa = cmsPipelineAlloc(NULL, 3, 4);
    cmsStage *inverse = cmsStageAllocCLut16bit(NULL, 17, 3, 4, NULL);
    cmsStageSampleCLut16bit(inverse, sample_lab, NULL, 0);
    cmsPipelineInsertStage(btoa, cmsAT_BEGIN, inverse);
    cmsWriteTag(profile, cmsSigBToA0Tag, btoa);

    int ok = cmsSaveProfileToFile(profile, argv[2]);
    cmsPipelineFree(atob);
    cmsPipelineFree(btoa);
    cmsMLUfree(description);
    cmsCloseProfile(profile);
    cmsDeleteTransform(to_lab);
    cmsDeleteTransform(from_lab);
    cmsCloseProfile(srgb);
    cmsCloseProfile(lab);
    return ok ? 0 : 1;
}

int main(int argc, char **argv) {
    if (argc >= 14 && argc <= 16 && !strcmp(argv[1], "heif")) return write_heif(argv);
    if (argc == 4 && !strcmp(argv[1], "grey-profile")) return grey_profile(argv);
    if (argc == 3 && !strcmp(argv[1], "cmyk-profile")) return cmyk_profile(argv);
    fprintf(stderr, "usage: see the comment at the top of heif-fixture-writer.c\n");
    return 2;
}
