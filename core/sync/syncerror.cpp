// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncerror.h"

#include <QCoreApplication>

namespace kotona::sync {

bool isHard(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Network:
    case ErrorCode::CaptivePortal:
    case ErrorCode::Expired:
    case ErrorCode::ClockOff:
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
    case ErrorCode::None:
        return false;
    default:
        return true;
    }
}

QString Error::message() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("kotona::sync::Error", text); };
    switch (code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::Malformed:
    case ErrorCode::HashMismatch:
    case ErrorCode::LengthMismatch:
    case ErrorCode::TooLarge:
        return tr("The update is damaged and was not installed. Your guides are unchanged. "
                  "Try again later or use another update source.");
    case ErrorCode::BadSignature:
    case ErrorCode::UnknownKey:
        return tr("The update is not signed by the Kotona team and was refused. Your guides are unchanged. "
                  "Use another update source.");
    case ErrorCode::Rollback:
        return tr("This source offers older guides than the ones you have. Nothing was changed.");
    case ErrorCode::WrongPack:
        return tr("This source holds guides for another Kotona collection. Nothing was changed.");
    case ErrorCode::SchemaTooNew:
        return tr("These guides need a newer version of Kotona. Update the app first; your guides are unchanged.");
    case ErrorCode::BaseMismatch:
    case ErrorCode::DigestMismatch:
        return tr("The update did not match your guides and was not installed. Your guides are unchanged. "
                  "Kotona will download the full collection next time.");
    case ErrorCode::Network:
        return tr("No connection to the update source. Kotona will try again later.");
    case ErrorCode::CaptivePortal:
        return tr("The network asks you to sign in first (for example on a web page of the library or café). "
                  "Sign in with a web browser, then check for updates again.");
    case ErrorCode::Expired:
        return tr("The update source has not been refreshed for a long time, so it may be out of date. "
                  "Kotona will try again later; you can also use another source.");
    case ErrorCode::ClockOff:
        return tr("This computer's date and time look wrong, so updates cannot be checked. "
                  "Correct the date and time, then try again.");
    case ErrorCode::DiskFull:
        return tr("There is not enough free disk space for the update. Free some space, then try again.");
    case ErrorCode::Io:
        return tr("The update could not be written to disk. Kotona will try again later.");
    }
    return {};
}

} // namespace kotona::sync
