internal import CCurl
internal import CCurlShim

// The one owner of each kind of libcurl object: each frees its object in `deinit`, so a
// transfer whose setup fails half-way frees whatever it had made.

/// The one owner of a libcurl easy handle and the error buffer libcurl writes its messages
/// into (`CURLOPT_ERRORBUFFER`, set here), freed after the handle.
final class CurlEasyHandle {
    let pointer: UnsafeMutableRawPointer
    /// Where libcurl writes its last error message for this handle (NUL-terminated).
    private let errorBuffer: UnsafeMutablePointer<CChar>

    init() throws {
        guard let handle = curl_easy_init() else {
            throw TransportError(kind: .other, detail: "libcurl could not start a transfer")
        }
        pointer = handle
        errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let rc = reel_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        guard rc == CURLE_OK else {
            throw TransportError(kind: .other,
                                 detail: "libcurl refused the error buffer setting: \(String(cString: curl_easy_strerror(rc)))")
        }
    }

    /// The error buffer's text, empty when libcurl wrote none.
    var errorMessage: String { String(cString: errorBuffer) }

    deinit {
        curl_easy_cleanup(pointer)
        errorBuffer.deallocate()
    }
}

/// The one owner of a `curl_slist` (request header lines), built up with `append`.
final class CurlStringList {
    private(set) var pointer: UnsafeMutablePointer<curl_slist>?

    init() {}

    /// Adds `line` at the end of the list.
    func append(_ line: String) throws {
        // On failure libcurl returns NULL and leaves the list as it was (still ours to free).
        guard let list = curl_slist_append(pointer, line) else {
            throw TransportError(kind: .other, detail: "libcurl could not add a request header")
        }
        pointer = list
    }

    deinit {
        if let pointer { curl_slist_free_all(pointer) }
    }
}

/// The one owner of a `curl_mime` (a multipart upload body). It keeps the easy handle it was
/// made for alive, so it is always freed before that handle.
final class CurlMime {
    let pointer: OpaquePointer
    private let handle: CurlEasyHandle

    init(for handle: CurlEasyHandle) throws {
        guard let mime = curl_mime_init(handle.pointer) else {
            throw TransportError(kind: .other, detail: "libcurl could not build the upload")
        }
        pointer = mime
        self.handle = handle
    }

    deinit { curl_mime_free(pointer) }
}
