#ifndef REEL_CURL_H
#define REEL_CURL_H
#include <curl/curl.h>
/// curl_easy_setopt is variadic; Swift cannot call it. One typed wrapper per argument kind.
CURLcode reel_curl_setopt_long(CURL *h, CURLoption opt, long value);
CURLcode reel_curl_setopt_string(CURL *h, CURLoption opt, const char *value);
CURLcode reel_curl_setopt_pointer(CURL *h, CURLoption opt, void *value);
CURLcode reel_curl_setopt_offset(CURL *h, CURLoption opt, curl_off_t value);
CURLcode reel_curl_getinfo_long(CURL *h, CURLINFO info, long *value);
#endif
