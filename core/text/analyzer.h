// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kotona::text {

// Turns text into search terms. Words are found with ICU's word boundaries (or a
// scanner that gives the same boundaries, faster, for Latin, Greek, Cyrillic and
// Arabic text); each word is normalised (NFKC, case folding, Arabic and Persian
// letter forms, tashkeel, tatweel, ZWNJ, Cyrillic ё), and can be reduced to a stem
// in a given language (Voikko base forms for Finnish, Snowball for the others it
// knows) or folded (diacritics removed: "päivystys" -> "paivystys").
//
// Not thread-safe: use one Analyzer per thread (SQLite creates one per FTS table
// and connection). Normal forms, stems and folded forms are memoised in bounded
// caches, so repeated words cost a hash lookup.
class Analyzer
{
public:
    // A word of the input: byte offsets into the UTF-8 text, and its normal form.
    using WordSink = std::function<bool(const QByteArray &normal, int start, int end)>;
    // A word of the input as it is written (not normalised): byte offsets.
    using SpanSink = std::function<bool(int start, int end)>;

    // How words are found: ICU alone, or (the default) a scanner for the common
    // scripts that falls back to ICU for any text it does not know.
    enum class Segmentation { Auto, Icu };

    Analyzer();
    ~Analyzer();
    Analyzer(const Analyzer &) = delete;
    Analyzer &operator=(const Analyzer &) = delete;

    // Calls `sink` for every word of `utf8` in order; stops when it returns false.
    void words(const char *utf8, int size, const WordSink &sink);
    // The same words, as byte ranges of `utf8`; normalize() gives their normal
    // forms (which may be empty: such a word is not a term).
    void spans(const char *utf8, int size, const SpanSink &sink);

    // The normal form of one word (as words() gives it).
    [[nodiscard]] QByteArray normalize(const QByteArray &utf8Word);
    // The stem of a normal form in `lang`, or an empty array when the language has
    // no stemmer or the stem equals the word.
    [[nodiscard]] QByteArray stem(const QByteArray &normal, const QByteArray &lang);
    // The normal form without diacritics, or empty when it has none.
    [[nodiscard]] QByteArray fold(const QByteArray &normal);

    // True when `lang` has a stemmer here.
    [[nodiscard]] static bool canStem(const QByteArray &lang);

    // For tests and comparisons: both give the same words.
    void setSegmentation(Segmentation s);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// A memo of short byte strings by word (normal forms, the terms of a word), bounded
// in memory: when the newer of its two generations is full, the older one is
// dropped, so the words still in use stay. At millions of lookups a second the cost
// is in cache misses, so a lookup reads one bucket and one record, which holds the
// word and its value side by side. The views it returns stay valid until the next
// insert().
class WordCache
{
public:
    explicit WordCache(std::uint32_t perGeneration = 1 << 16)
        : m_capacity(perGeneration)
    { }

    [[nodiscard]] std::optional<std::string_view> find(std::string_view word)
    {
        const std::uint64_t h = hash(word);
        if (const auto value = m_new.find(word, h))
            return value;
        const auto old = m_old.find(word, h);
        if (!old)
            return std::nullopt;
        const std::string value(*old); // the old generation may be dropped by the insert
        return insert(word, value, h);
    }

    std::string_view insert(std::string_view word, std::string_view value) { return insert(word, value, hash(word)); }

private:
    struct Table {
        // A record: the word's hash (8 bytes), the sizes of the word and of its value
        // (4 bytes each), the word, the value.
        std::string records;
        // (upper half of the hash << 32) | (record offset + 1), or 0 for none; a power
        // of two in size, at most half full.
        std::vector<std::uint64_t> buckets;
        std::uint32_t count = 0;

        std::optional<std::string_view> find(std::string_view word, std::uint64_t h) const
        {
            if (buckets.empty())
                return std::nullopt;
            const std::size_t mask = buckets.size() - 1;
            for (std::size_t i = h & mask;; i = (i + 1) & mask) {
                const std::uint64_t b = buckets[i];
                if (!b)
                    return std::nullopt;
                if ((b >> 32) != (h >> 32))
                    continue;
                const char *r = records.data() + (std::uint32_t(b) - 1);
                std::uint32_t size[2];
                std::memcpy(size, r + 8, sizeof size);
                if (size[0] == word.size() && std::memcmp(r + 16, word.data(), word.size()) == 0)
                    return std::string_view(r + 16 + size[0], size[1]);
            }
        }

        std::string_view add(std::string_view word, std::string_view value, std::uint64_t h)
        {
            if ((count + 1) * 2 > buckets.size())
                rehash(std::max<std::size_t>(64, buckets.size() * 2));
            const std::size_t at = records.size();
            const std::uint32_t size[2] = { std::uint32_t(word.size()), std::uint32_t(value.size()) };
            records.append(reinterpret_cast<const char *>(&h), 8);
            records.append(reinterpret_cast<const char *>(size), sizeof size);
            records.append(word);
            records.append(value);
            place(h, at);
            ++count;
            return std::string_view(records.data() + at + 16 + word.size(), value.size());
        }

        void place(std::uint64_t h, std::size_t at)
        {
            const std::size_t mask = buckets.size() - 1;
            std::size_t i = h & mask;
            while (buckets[i])
                i = (i + 1) & mask;
            buckets[i] = (h >> 32 << 32) | (at + 1);
        }

        void rehash(std::size_t size)
        {
            buckets.assign(size, 0);
            for (std::size_t at = 0; at < records.size();) {
                std::uint64_t h;
                std::uint32_t length[2];
                std::memcpy(&h, records.data() + at, 8);
                std::memcpy(length, records.data() + at + 8, sizeof length);
                place(h, at);
                at += 16 + length[0] + length[1];
            }
        }

        void clear()
        {
            records.clear();
            buckets.clear();
            count = 0;
        }
    };

    std::string_view insert(std::string_view word, std::string_view value, std::uint64_t h)
    {
        if (m_new.count >= m_capacity) {
            std::swap(m_old, m_new);
            m_new.clear();
        }
        return m_new.add(word, value, h);
    }

    // A fast hash for short strings: 8 bytes at a time, multiply and xor-shift, with
    // whole-word loads only (the last ones overlapping), never a partial copy.
    static std::uint64_t hash(std::string_view s) noexcept
    {
        const auto *p = reinterpret_cast<const unsigned char *>(s.data());
        std::size_t n = s.size();
        auto mix = [](std::uint64_t h, std::uint64_t v) {
            h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
            return h ^ (h >> 31);
        };
        auto load64 = [](const unsigned char *q) {
            std::uint64_t v;
            std::memcpy(&v, q, 8);
            return v;
        };
        auto load32 = [](const unsigned char *q) {
            std::uint32_t v;
            std::memcpy(&v, q, 4);
            return std::uint64_t(v);
        };
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xBF58476D1CE4E5B9ull);
        if (n >= 8) {
            for (; n > 8; p += 8, n -= 8)
                h = mix(h, load64(p));
            h = mix(h, load64(p + n - 8));
        } else if (n >= 4) {
            h = mix(h, load32(p) | load32(p + n - 4) << 32);
        } else if (n > 0) {
            h = mix(h, std::uint64_t(p[0]) | std::uint64_t(p[n / 2]) << 8 | std::uint64_t(p[n - 1]) << 16);
        }
        h = (h ^ (h >> 32)) * 0x94D049BB133111EBull;
        return h ^ (h >> 29);
    }

    Table m_new, m_old;
    std::uint32_t m_capacity;
};

} // namespace kotona::text
