// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kotona::sync {

// Why an update was refused or postponed (docs/PACK_FORMAT.md, "Errors"). Hard
// errors mean the source cannot be trusted for this release: the installed pack is
// kept and the user is told. Soft errors are retried later with backoff.
enum class ErrorCode {
    None,
    // hard
    Malformed, // a file does not parse or breaks the format's rules
    BadSignature,
    UnknownKey,
    HashMismatch,
    LengthMismatch,
    TooLarge, // more data than announced (or endless data)
    Rollback, // older than what is installed, or a replayed file
    WrongPack, // another pack id
    SchemaTooNew,
    BaseMismatch, // a batch for another starting point than the installed pack
    DigestMismatch, // applied content differs from what the manifest promised
    // soft
    Network,
    CaptivePortal,
    Expired,
    ClockOff,
    DiskFull,
    Io,
};

[[nodiscard]] bool isHard(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::None;
    QString detail; // technical detail for the log (English, not shown alone)

    [[nodiscard]] explicit operator bool() const { return code != ErrorCode::None; }
    // What happened and what to do, in the UI language (QCoreApplication::translate).
    [[nodiscard]] QString message() const;
};

[[nodiscard]] inline Error fail(ErrorCode code, const QString &detail = {}) { return Error { code, detail }; }

} // namespace kotona::sync
