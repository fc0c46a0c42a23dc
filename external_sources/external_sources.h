#ifndef THAW_EXTERNAL_SOURCES_EXTERNAL_SOURCES_H_
#define THAW_EXTERNAL_SOURCES_EXTERNAL_SOURCES_H_

// Script sources kept beside the V8 heap instead of inside it.
//
// V8 keeps every script's source text for as long as its functions live
// (lazy compilation and Function.prototype.toString read it), so a snapshot
// normally copies all of it into the heap: TypeScript's 8.7 MB of source is
// most of tsc-lite's 14.5 MB heap, and every start deserializes it again.
// V8 serializes an external string by reference instead when the address of
// its resource is in the external-reference table. So this library owns a
// fixed pool of resources (slots) whose addresses are registered like native
// functions; while a snapshot is built, long sources are made external in a
// slot, and the blob carries the slots' characters in a section of its own.
// A process that starts from the blob points each slot into that section
// (mapped with the executable, never copied) before V8 deserializes.

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "v8.h"

namespace thaw {

class ExternalSources {
 public:
  // How many sources of each kind a blob can keep outside the heap; longer
  // lists keep the rest inside, as before.
  static constexpr size_t kOneByteSlots = 4096;
  static constexpr size_t kTwoByteSlots = 512;
  // Shorter sources stay in the heap: a slot's bookkeeping would cost more
  // than the copy.
  static constexpr int kMinimumLength = 2048;

  // Appends every slot's address to the external-reference table, in the
  // same order in every process.
  static void AppendReferences(std::vector<intptr_t>* references);
  // Names the slots for the external-reference digest.
  static std::string DescribeReferences();

  // While building: keeps `text` outside the heap in the next free slot of
  // its kind, if it is long enough and a slot is free. The slot owns a copy
  // of the characters. Returns whether `text` is now external.
  static bool Externalize(v8::Isolate* isolate, v8::Local<v8::String> text);

  // While building: the section holding the characters of every slot in
  // use (see the layout in external_sources.cc).
  static std::string Serialize();

  // Before V8 deserializes a blob: points the slots at the characters in
  // `section`, which must stay valid for the life of the process. The
  // builder of an app blob loads its base blob's section the same way, and
  // new sources then take the slots after the base's.
  static absl::Status Load(absl::string_view section);

  // The number of slots in use and their characters' bytes, for `thaw
  // inspect` and the start-up trace.
  static size_t UsedSlots();
};

}  // namespace thaw

#endif  // THAW_EXTERNAL_SOURCES_EXTERNAL_SOURCES_H_
