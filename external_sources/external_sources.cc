#include "external_sources/external_sources.h"

#include <cstdint>
#include <cstring>
#include <memory>

#include "absl/strings/str_cat.h"

namespace thaw {
namespace {

// A resource whose characters live elsewhere: in a copy the builder owns, or
// in a blob's section. Slots are static objects, so V8 must never free them.
template <typename Base, typename Char>
class Slot final : public Base {
 public:
  const Char* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override {}

  void Point(const Char* data, size_t length) {
    data_ = data;
    length_ = length;
  }

 private:
  const Char* data_ = nullptr;
  size_t length_ = 0;
};

using OneByteSlot = Slot<v8::String::ExternalOneByteStringResource, char>;
using TwoByteSlot = Slot<v8::String::ExternalStringResource, uint16_t>;

OneByteSlot one_byte_slots[ExternalSources::kOneByteSlots];
TwoByteSlot two_byte_slots[ExternalSources::kTwoByteSlots];
size_t next_one_byte = 0;
size_t next_two_byte = 0;
// The builder's copies of the characters it made external.
std::vector<std::unique_ptr<char[]>>* owned_one_byte =
    new std::vector<std::unique_ptr<char[]>>();
std::vector<std::unique_ptr<uint16_t[]>>* owned_two_byte =
    new std::vector<std::unique_ptr<uint16_t[]>>();

// Makes `text` external in the next free slot of `slots`, copying its
// characters into storage kept in `owned`.
template <typename SlotType, typename Char, size_t kCount>
bool ExternalizeIn(v8::Isolate* isolate, v8::Local<v8::String> text,
                   SlotType (&slots)[kCount], size_t* next,
                   std::vector<std::unique_ptr<Char[]>>* owned) {
  if (*next == kCount) return false;
  int length = text->Length();
  auto copy = std::make_unique<Char[]>(static_cast<size_t>(length));
  if constexpr (sizeof(Char) == 1) {
    text->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(copy.get()), 0,
                       length, v8::String::NO_NULL_TERMINATION);
  } else {
    text->Write(isolate, copy.get(), 0, length,
                v8::String::NO_NULL_TERMINATION);
  }
  SlotType& slot = slots[*next];
  slot.Point(copy.get(), static_cast<size_t>(length));
  if (!text->MakeExternal(&slot)) {
    slot.Point(nullptr, 0);
    return false;
  }
  ++*next;
  owned->push_back(std::move(copy));
  return true;
}

enum Kind : uint8_t { kOneByte = 1, kTwoByte = 2 };

// Layout of the sources section (all integers little-endian):
//
//   u32  count of entries
//   u32  reserved, 0
//   count x 24 bytes, in slot order, one-byte slots first:
//     u8   kind: 1 one-byte (Latin-1) characters, 2 UTF-16 code units
//     u8   reserved, 0 (3 bytes)
//     u32  slot index within its kind
//     u64  offset of the characters from the start of the section
//     u64  length in characters
//   the characters, each entry's starting at an offset that is a multiple of
//   8, so that UTF-16 data is aligned wherever the section is.
constexpr size_t kHeaderSize = 8;
constexpr size_t kEntrySize = 24;

void PutU32(std::string* out, uint32_t value) {
  for (int i = 0; i < 4; ++i)
    out->push_back(static_cast<char>(value >> (8 * i)));
}
void PutU64(std::string* out, uint64_t value) {
  for (int i = 0; i < 8; ++i)
    out->push_back(static_cast<char>(value >> (8 * i)));
}
uint64_t GetLE(const char* bytes, int size) {
  uint64_t value = 0;
  for (int i = 0; i < size; ++i) {
    value |= static_cast<uint64_t>(static_cast<uint8_t>(bytes[i])) << (8 * i);
  }
  return value;
}

}  // namespace

void ExternalSources::AppendReferences(std::vector<intptr_t>* references) {
  for (OneByteSlot& slot : one_byte_slots) {
    references->push_back(reinterpret_cast<intptr_t>(&slot));
  }
  for (TwoByteSlot& slot : two_byte_slots) {
    references->push_back(reinterpret_cast<intptr_t>(&slot));
  }
}

std::string ExternalSources::DescribeReferences() {
  return absl::StrCat("sources.one_byte_slots/", kOneByteSlots, "\n",
                      "sources.two_byte_slots/", kTwoByteSlots, "\n");
}

bool ExternalSources::Externalize(v8::Isolate* isolate,
                                  v8::Local<v8::String> text) {
  if (text->IsExternal() || text->IsExternalOneByte() ||
      text->Length() < kMinimumLength) {
    return false;
  }
  return text->ContainsOnlyOneByte()
             ? ExternalizeIn(isolate, text, one_byte_slots, &next_one_byte,
                             owned_one_byte)
             : ExternalizeIn(isolate, text, two_byte_slots, &next_two_byte,
                             owned_two_byte);
}

std::string ExternalSources::Serialize() {
  size_t count = next_one_byte + next_two_byte;
  if (count == 0) return "";
  std::string out;
  PutU32(&out, static_cast<uint32_t>(count));
  PutU32(&out, 0);
  uint64_t offset = kHeaderSize + count * kEntrySize;
  auto aligned = [](uint64_t value) { return (value + 7) & ~uint64_t{7}; };
  offset = aligned(offset);
  std::string characters;
  auto add = [&](Kind kind, size_t index, const char* data, size_t length,
                 size_t bytes) {
    out.push_back(static_cast<char>(kind));
    out.append(3, '\0');
    PutU32(&out, static_cast<uint32_t>(index));
    PutU64(&out, offset);
    PutU64(&out, length);
    characters.append(data, bytes);
    offset += bytes;
    uint64_t padded = aligned(offset);
    characters.append(padded - offset, '\0');
    offset = padded;
  };
  for (size_t i = 0; i < next_one_byte; ++i) {
    const OneByteSlot& slot = one_byte_slots[i];
    add(kOneByte, i, slot.data(), slot.length(), slot.length());
  }
  for (size_t i = 0; i < next_two_byte; ++i) {
    const TwoByteSlot& slot = two_byte_slots[i];
    add(kTwoByte, i, reinterpret_cast<const char*>(slot.data()), slot.length(),
        slot.length() * 2);
  }
  out.append(aligned(out.size()) - out.size(), '\0');
  out += characters;
  return out;
}

absl::Status ExternalSources::Load(absl::string_view section) {
  if (section.empty()) return absl::OkStatus();
  // UTF-16 text must be 2-aligned; blobs keep the section 8-aligned from
  // their start, and a blob in memory normally starts 8-aligned too. If it
  // does not, the slots point into an aligned copy instead.
  if (reinterpret_cast<uintptr_t>(section.data()) % 8 != 0) {
    static std::string* aligned_copy = new std::string();
    *aligned_copy = std::string(section);
    section = *aligned_copy;
  }
  if (section.size() < kHeaderSize) {
    return absl::DataLossError(
        "the sources section is shorter than its header");
  }
  uint64_t count = GetLE(section.data(), 4);
  if (count > kOneByteSlots + kTwoByteSlots ||
      kHeaderSize + count * kEntrySize > section.size()) {
    return absl::DataLossError(
        absl::StrCat("the sources section lists ", count,
                     " entries, more than it or this thaw can hold"));
  }
  for (uint64_t i = 0; i < count; ++i) {
    const char* entry = section.data() + kHeaderSize + i * kEntrySize;
    uint8_t kind = static_cast<uint8_t>(entry[0]);
    uint64_t index = GetLE(entry + 4, 4);
    uint64_t offset = GetLE(entry + 8, 8);
    uint64_t length = GetLE(entry + 16, 8);
    uint64_t unit = kind == kTwoByte ? 2 : 1;
    bool fits = offset <= section.size() &&
                length <= (section.size() - offset) / unit &&
                (unit == 1 || offset % 2 == 0);
    if ((kind != kOneByte && kind != kTwoByte) || !fits ||
        (kind == kOneByte && index >= kOneByteSlots) ||
        (kind == kTwoByte && index >= kTwoByteSlots)) {
      return absl::DataLossError(
          absl::StrCat("the sources section's entry ", i, " is corrupt"));
    }
    const char* data = section.data() + offset;
    if (kind == kOneByte) {
      one_byte_slots[index].Point(data, length);
      if (index + 1 > next_one_byte) next_one_byte = index + 1;
    } else {
      two_byte_slots[index].Point(reinterpret_cast<const uint16_t*>(data),
                                  length);
      if (index + 1 > next_two_byte) next_two_byte = index + 1;
    }
  }
  return absl::OkStatus();
}

size_t ExternalSources::UsedSlots() { return next_one_byte + next_two_byte; }

}  // namespace thaw
