#include "sha256/sha256_shani.h"

#include <cstdlib>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>

#include "sha256/sha256_portable.h"
#endif

namespace thaw {
namespace internal {

#if defined(__x86_64__) || defined(__i386__)

bool CpuHasShaNi() {
  // CPUID leaf 1 reports SSSE3 (ECX bit 9) and SSE4.1 (ECX bit 19); leaf 7
  // subleaf 0 reports SHA (EBX bit 29). Reading cpuid directly rather than
  // calling __builtin_cpu_supports("sha") keeps working with compilers that
  // do not know that feature name.
  unsigned int eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return false;
  const bool ssse3 = (ecx >> 9) & 1;
  const bool sse41 = (ecx >> 19) & 1;
  if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return false;
  const bool sha = (ebx >> 29) & 1;
  return ssse3 && sse41 && sha;
}

namespace {

#define THAW_SHA_TARGET __attribute__((target("sha,sse4.1")))

// Runs rounds 4 * group to 4 * group + 3. SHA256RNDS2 does two rounds with
// the message words plus round constants in the low half of its third
// operand, and returns the new {A, B, E, F}; the old {A, B, E, F} is the new
// {C, D, G, H}. So four rounds are two calls that swap which variable holds
// which half, with the high message words moved down for the second call.
THAW_SHA_TARGET inline __attribute__((always_inline)) void FourRounds(
    __m128i& abef, __m128i& cdgh, __m128i message, int group) {
  const __m128i constants = _mm_loadu_si128(
      reinterpret_cast<const __m128i*>(&kSha256RoundConstants[4 * group]));
  __m128i words = _mm_add_epi32(message, constants);
  cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words);
  words = _mm_shuffle_epi32(words, 0x0e);
  abef = _mm_sha256rnds2_epu32(abef, cdgh, words);
}

// Finishes message words w[i..i+3] of the FIPS 180-4 schedule,
// w[i] = s1(w[i-2]) + w[i-7] + s0(w[i-15]) + w[i-16]. `oldest` arrives as
// w[i-16..i-13] plus the s0 terms, which SHA256MSG1 added earlier. `newest`
// holds w[i-4..i-1] and `second_newest` w[i-8..i-5], so shifting the pair by
// one word gives the w[i-7..i-4] terms; `second_newest` must therefore not
// have been through SHA256MSG1 yet. SHA256MSG2 adds the s1 terms last
// because two of them depend on words it is producing.
THAW_SHA_TARGET inline __attribute__((always_inline)) void NextMessage(
    __m128i& oldest, __m128i newest, __m128i second_newest) {
  oldest = _mm_add_epi32(oldest, _mm_alignr_epi8(newest, second_newest, 4));
  oldest = _mm_sha256msg2_epu32(oldest, newest);
}

}  // namespace

THAW_SHA_TARGET void Sha256BlocksShaNi(uint32_t state[8], const uint8_t* blocks,
                                       size_t num_blocks) {
  // The message arrives big-endian; this mask byte-swaps each 32-bit word.
  const __m128i byte_swap =
      _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);

  // SHA256RNDS2 wants the state as {A, B, E, F} and {C, D, G, H}, each
  // with the first-named word in the highest lane.
  __m128i abcd = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state));
  __m128i efgh = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4));
  abcd = _mm_shuffle_epi32(abcd, 0xb1);  // CDAB
  efgh = _mm_shuffle_epi32(efgh, 0x1b);  // EFGH
  __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);
  __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xf0);

  for (; num_blocks > 0; --num_blocks, blocks += 64) {
    const __m128i saved_abef = abef;
    const __m128i saved_cdgh = cdgh;

    // m[j] holds four consecutive message words; the groups rotate through
    // the four registers as the schedule advances.
    __m128i m0 = _mm_shuffle_epi8(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(blocks)), byte_swap);
    __m128i m1 = _mm_shuffle_epi8(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(blocks + 16)),
        byte_swap);
    __m128i m2 = _mm_shuffle_epi8(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(blocks + 32)),
        byte_swap);
    __m128i m3 = _mm_shuffle_epi8(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(blocks + 48)),
        byte_swap);

    // Each group of four rounds is followed by the message work that group
    // unblocks: finishing the next group's words, then starting the
    // SHA256MSG1 half of a later group. The order matters, because
    // SHA256MSG1 overwrites words NextMessage still needs.
    FourRounds(abef, cdgh, m0, 0);
    FourRounds(abef, cdgh, m1, 1);
    m0 = _mm_sha256msg1_epu32(m0, m1);
    FourRounds(abef, cdgh, m2, 2);
    m1 = _mm_sha256msg1_epu32(m1, m2);
    FourRounds(abef, cdgh, m3, 3);
    NextMessage(m0, m3, m2);
    m2 = _mm_sha256msg1_epu32(m2, m3);

    // Three passes over the four registers cover groups 4 to 15. The last
    // pass skips the work for groups beyond 15.
    for (int pass = 1; pass <= 3; ++pass) {
      const int group = 4 * pass;
      FourRounds(abef, cdgh, m0, group);
      NextMessage(m1, m0, m3);
      m3 = _mm_sha256msg1_epu32(m3, m0);
      FourRounds(abef, cdgh, m1, group + 1);
      NextMessage(m2, m1, m0);
      if (pass < 3) m0 = _mm_sha256msg1_epu32(m0, m1);
      FourRounds(abef, cdgh, m2, group + 2);
      NextMessage(m3, m2, m1);
      if (pass < 3) m1 = _mm_sha256msg1_epu32(m1, m2);
      FourRounds(abef, cdgh, m3, group + 3);
      if (pass < 3) {
        NextMessage(m0, m3, m2);
        m2 = _mm_sha256msg1_epu32(m2, m3);
      }
    }

    abef = _mm_add_epi32(abef, saved_abef);
    cdgh = _mm_add_epi32(cdgh, saved_cdgh);
  }

  // Back from {A, B, E, F} and {C, D, G, H} to A..H in memory order.
  __m128i feba = _mm_shuffle_epi32(abef, 0x1b);
  __m128i dchg = _mm_shuffle_epi32(cdgh, 0xb1);
  abcd = _mm_blend_epi16(feba, dchg, 0xf0);
  efgh = _mm_alignr_epi8(dchg, feba, 8);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(state), abcd);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), efgh);
}

#undef THAW_SHA_TARGET

#else  // Not x86.

bool CpuHasShaNi() { return false; }

void Sha256BlocksShaNi(uint32_t*, const uint8_t*, size_t) { std::abort(); }

#endif

}  // namespace internal
}  // namespace thaw
