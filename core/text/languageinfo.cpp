// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/languageinfo.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

namespace kotona::text {

namespace {

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

} // namespace

QString nativeLanguageName(const QString &code)
{
    if (code.isEmpty())
        return code;
    const QByteArray c = code.toLatin1();
    icu::Locale locale(c.constData());
    icu::UnicodeString name;
    locale.getDisplayLanguage(locale, name);
    QString result = fromIcu(name);
    if (result.isEmpty() || result == code)
        return code;
    // Titles in a list start with a capital in scripts that have case.
    icu::UnicodeString first(name, 0, 1);
    first.toUpper(locale);
    return fromIcu(first) + result.mid(1);
}

bool isRightToLeft(const QString &code)
{
    const QByteArray c = code.toLatin1();
    return uloc_isRightToLeft(c.constData());
}

} // namespace kotona::text
