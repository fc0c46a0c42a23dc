// The few libnghttp2 and libbrotlienc functions that libnode.so.108 calls
// while it loads, provided by the program so that the rewritten libnode can
// drop both libraries (README.md, "Functions the program provides").
//
// libnode's static constructors build two node::http2::Http2Session::
// Callbacks objects (nghttp2_session_callbacks_new, then twelve setters) and
// node::Metadata::Versions (BrotliEncoderVersion); a static destructor
// frees the two callback objects at exit() (nghttp2_session_callbacks_del).
// Nothing else in thaw reaches nghttp2 or brotli: every other call libnode
// could make into them goes to abort. So the only contract to keep is the
// one those constructors and that destructor rely on: the object `new` hands
// back is real memory the setters write into and `del` frees, and the
// version is a number. No nghttp2 session is ever created from the object
// (nghttp2_session_*_new goes to abort), so what is stored is never read.
//
// The symbols must be exported from the executable (the loader looks them
// up for libnode, and the executable comes first in the lookup scope): the
// cc_library passes --export-dynamic-symbol for each, and
// check_binary.py checks every binary.

#include <cstdint>
#include <new>

namespace {

// One slot per setter libnode calls; each setter stores what it is given.
enum Slot {
  kErrorCallback2,
  kOnBeginHeaders,
  kOnDataChunkRecv,
  kOnFrameNotSend,
  kOnFrameRecv,
  kOnFrameSend,
  kOnHeader2,
  kOnInvalidFrameRecv,
  kOnInvalidHeader2,
  kOnStreamClose,
  kSelectPadding,
  kSendData,
  kSlotCount,
};

// nghttp2's functions set callbacks of many signatures; they are only
// stored, so one function pointer type holds them all.
using AnyCallback = void (*)();

// nghttp2's error code for a failed allocation (NGHTTP2_ERR_NOMEM).
constexpr int kErrorNoMemory = -901;

}  // namespace

// nghttp2 declares this type opaque; libnode only holds pointers to it.
struct nghttp2_session_callbacks {
  AnyCallback slots[kSlotCount];
};

namespace {

void Store(nghttp2_session_callbacks* callbacks, Slot slot,
           AnyCallback callback) {
  callbacks->slots[slot] = callback;
}

}  // namespace

extern "C" {

int nghttp2_session_callbacks_new(nghttp2_session_callbacks** out) {
  *out = new (std::nothrow) nghttp2_session_callbacks{};
  return *out == nullptr ? kErrorNoMemory : 0;
}

void nghttp2_session_callbacks_del(nghttp2_session_callbacks* callbacks) {
  delete callbacks;
}

#define THAW_NGHTTP2_SETTER(name, slot)                             \
  void nghttp2_session_callbacks_set_##name(                        \
      nghttp2_session_callbacks* callbacks, AnyCallback callback) { \
    Store(callbacks, slot, callback);                               \
  }

THAW_NGHTTP2_SETTER(error_callback2, kErrorCallback2)
THAW_NGHTTP2_SETTER(on_begin_headers_callback, kOnBeginHeaders)
THAW_NGHTTP2_SETTER(on_data_chunk_recv_callback, kOnDataChunkRecv)
THAW_NGHTTP2_SETTER(on_frame_not_send_callback, kOnFrameNotSend)
THAW_NGHTTP2_SETTER(on_frame_recv_callback, kOnFrameRecv)
THAW_NGHTTP2_SETTER(on_frame_send_callback, kOnFrameSend)
THAW_NGHTTP2_SETTER(on_header_callback2, kOnHeader2)
THAW_NGHTTP2_SETTER(on_invalid_frame_recv_callback, kOnInvalidFrameRecv)
THAW_NGHTTP2_SETTER(on_invalid_header_callback2, kOnInvalidHeader2)
THAW_NGHTTP2_SETTER(on_stream_close_callback, kOnStreamClose)
THAW_NGHTTP2_SETTER(select_padding_callback, kSelectPadding)
THAW_NGHTTP2_SETTER(send_data_callback, kSendData)

#undef THAW_NGHTTP2_SETTER

// brotli encodes its version as major << 24 | minor << 12 | patch. There is
// no brotli encoder in the process, so 0: Node's metadata would read
// "0.0.0" (thaw reports its own versions and never reads Node's).
uint32_t BrotliEncoderVersion() { return 0; }

}  // extern "C"
