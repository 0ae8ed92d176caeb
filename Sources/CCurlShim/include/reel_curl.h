#ifndef REEL_CURL_H
#define REEL_CURL_H
#include <curl/curl.h>

/// curl_easy_setopt and curl_easy_getinfo are variadic; Swift cannot call them.
/// One typed wrapper per argument kind.
CURLcode reel_curl_setopt_long(CURL *h, CURLoption opt, long value);
CURLcode reel_curl_setopt_string(CURL *h, CURLoption opt, const char *value);
CURLcode reel_curl_setopt_pointer(CURL *h, CURLoption opt, void *value);
CURLcode reel_curl_setopt_offset(CURL *h, CURLoption opt, curl_off_t value);
CURLcode reel_curl_getinfo_long(CURL *h, CURLINFO info, long *value);

/// Callback types, spelled so Swift sees real function pointers.
typedef size_t (*reel_curl_data_callback)(char *data, size_t size, size_t count, void *context);
typedef int (*reel_curl_progress_callback)(void *context, curl_off_t dltotal, curl_off_t dlnow,
                                           curl_off_t ultotal, curl_off_t ulnow);

/// CURLOPT_WRITEFUNCTION with a typed callback.
CURLcode reel_curl_set_write_callback(CURL *h, reel_curl_data_callback cb, void *context);
/// CURLOPT_HEADERFUNCTION with a typed callback.
CURLcode reel_curl_set_header_callback(CURL *h, reel_curl_data_callback cb, void *context);
/// CURLOPT_XFERINFOFUNCTION with a typed callback (progress and cancellation); enables progress.
CURLcode reel_curl_set_progress_callback(CURL *h, reel_curl_progress_callback cb, void *context);

/// curl_global_init(CURL_GLOBAL_ALL): the macro is not importable.
CURLcode reel_curl_global_init(void);
#endif
