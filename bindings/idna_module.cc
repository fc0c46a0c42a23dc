// Native functions for URL host processing: UTS #46 (IDNA) through ICU.
//
// ICU is Debian's libicuuc, the copy libnode already loads. The options are
// the WHATWG URL Standard's "domain to ASCII" with beStrict = false:
// CheckHyphens = false, CheckBidi = true, CheckJoiners = true,
// UseSTD3ASCIIRules = false, Transitional_Processing = false,
// VerifyDnsLength = false. ICU has no switch for CheckHyphens or
// VerifyDnsLength, so their errors are filtered out after the call, the way
// Node's (pre-ada) node_i18n.cc and ada's ICU back end do.

#include <unicode/uidna.h>

#include <string>

#include "bindings/callback_support.h"
#include "bindings/native_module.h"
#include "v8_support/v8_strings.h"

namespace thaw {
namespace {

// The errors the URL Standard's options turn off.
constexpr uint32_t kIgnoredErrors =
    // CheckHyphens = false.
    UIDNA_ERROR_HYPHEN_3_4 | UIDNA_ERROR_LEADING_HYPHEN |
    UIDNA_ERROR_TRAILING_HYPHEN |
    // VerifyDnsLength = false.
    UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG |
    UIDNA_ERROR_DOMAIN_NAME_TOO_LONG;

// One UTS #46 instance for the process; ICU's UIDNA is immutable and
// thread-safe once opened. Null if ICU cannot open it.
const UIDNA* Uts46() {
  static const UIDNA* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    UIDNA* opened = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ |
                                        UIDNA_NONTRANSITIONAL_TO_ASCII |
                                        UIDNA_NONTRANSITIONAL_TO_UNICODE,
                                    &status);
    return U_SUCCESS(status) ? opened : nullptr;
  }();
  return instance;
}

// The argument as UTF-8; lone surrogates become U+FFFD, as for any USVString.
bool DomainArgument(const v8::FunctionCallbackInfo<v8::Value>& info,
                    const char* usage, std::string* utf8) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() != 1 || !info[0]->IsString()) {
    ThrowTypeError(isolate, usage);
    return false;
  }
  v8::Local<v8::String> text = info[0].As<v8::String>();
  utf8->resize(static_cast<size_t>(text->Utf8Length(isolate)));
  text->WriteUtf8(
      isolate, utf8->data(), static_cast<int>(utf8->size()), nullptr,
      v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  return true;
}

using Convert = int32_t (*)(const UIDNA*, const char*, int32_t, char*, int32_t,
                            UIDNAInfo*, UErrorCode*);

// Runs an ICU conversion, growing the output once if it does not fit.
// Returns false on an ICU failure (not on IDNA errors, which are in *errors).
bool Run(Convert convert, const std::string& input, std::string* output,
         uint32_t* errors) {
  const UIDNA* idna = Uts46();
  if (idna == nullptr) return false;
  output->resize(input.size() + 64);
  for (int attempt = 0; attempt < 2; ++attempt) {
    UErrorCode status = U_ZERO_ERROR;
    UIDNAInfo idna_info = UIDNA_INFO_INITIALIZER;
    int32_t length = convert(
        idna, input.data(), static_cast<int32_t>(input.size()), output->data(),
        static_cast<int32_t>(output->size()), &idna_info, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR && attempt == 0) {
      output->resize(static_cast<size_t>(length));
      continue;
    }
    if (U_FAILURE(status)) return false;
    output->resize(static_cast<size_t>(length));
    *errors = idna_info.errors;
    return true;
  }
  return false;
}

void ReturnString(const v8::FunctionCallbackInfo<v8::Value>& info,
                  const std::string& utf8) {
  v8::Local<v8::String> result;
  if (NewString(info.GetIsolate(), utf8).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

// idna.toASCII(domain): UTS #46 ToASCII with the URL Standard's options
// (above). Returns the ASCII domain, or null when it is not a valid domain
// or the result is empty. The caller checks forbidden domain code points.
void ToAscii(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string input;
  if (!DomainArgument(info, "idna.toASCII(domain) needs a string", &input)) {
    return;
  }
  std::string output;
  uint32_t errors = 0;
  if (!Run(uidna_nameToASCII_UTF8, input, &output, &errors) ||
      (errors & ~kIgnoredErrors) != 0 || output.empty()) {
    info.GetReturnValue().SetNull();
    return;
  }
  ReturnString(info, output);
}

// idna.toUnicode(domain): UTS #46 ToUnicode with the same options, for the
// URL Standard's "domain to Unicode". It always has a result: errors are
// validation errors only. Returns null only if ICU itself fails.
void ToUnicode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string input;
  if (!DomainArgument(info, "idna.toUnicode(domain) needs a string", &input)) {
    return;
  }
  std::string output;
  uint32_t errors = 0;
  if (!Run(uidna_nameToUnicodeUTF8, input, &output, &errors)) {
    info.GetReturnValue().SetNull();
    return;
  }
  ReturnString(info, output);
}

constexpr NativeFunction kIdnaFunctions[] = {
    {"toASCII", ToAscii, 1},
    {"toUnicode", ToUnicode, 1},
};

}  // namespace

const NativeModule& IdnaModule() {
  static constexpr NativeModule kModule = {"idna", kIdnaFunctions};
  return kModule;
}

}  // namespace thaw
