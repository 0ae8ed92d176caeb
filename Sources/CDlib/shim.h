// dlib is C++; Swift never imports it. This target names the library to link (libdlib, Debian
// libdlib-dev) for CFaceShim, whose C++ includes dlib's headers and whose C header is all
// Swift sees.
#define REEL_DLIB 1
