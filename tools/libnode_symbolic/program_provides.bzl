"""The functions the rewritten libnode imports from the program.

libnode.so.108 calls these libnghttp2 and brotli functions while it loads
(its static constructors) and at exit() (a static destructor). The rewrite
(third_party/libnode.BUILD) drops both libraries and keeps these references
for the program to satisfy; :program_standins defines them, exported from
every executable linked against the rewritten copy. See README.md,
"Functions the program provides". The rewrite refuses a name libnode does
not import from a dropped library, and check_binary.py refuses a binary that
does not export one of them.
"""

PROGRAM_PROVIDES = [
    "BrotliEncoderVersion",
    "nghttp2_session_callbacks_del",
    "nghttp2_session_callbacks_new",
    "nghttp2_session_callbacks_set_error_callback2",
    "nghttp2_session_callbacks_set_on_begin_headers_callback",
    "nghttp2_session_callbacks_set_on_data_chunk_recv_callback",
    "nghttp2_session_callbacks_set_on_frame_not_send_callback",
    "nghttp2_session_callbacks_set_on_frame_recv_callback",
    "nghttp2_session_callbacks_set_on_frame_send_callback",
    "nghttp2_session_callbacks_set_on_header_callback2",
    "nghttp2_session_callbacks_set_on_invalid_frame_recv_callback",
    "nghttp2_session_callbacks_set_on_invalid_header_callback2",
    "nghttp2_session_callbacks_set_on_stream_close_callback",
    "nghttp2_session_callbacks_set_select_padding_callback",
    "nghttp2_session_callbacks_set_send_data_callback",
]
