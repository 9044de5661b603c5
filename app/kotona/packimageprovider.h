// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

namespace kotona {

// Serves images stored in the pack to QML and to guide text as
// `image://pack/<sha256>` (the renderer turns Markdown's `media:<sha256>` into
// that). Each request reads through its own connection, so it is safe on the
// image loader's threads; an unknown or undecodable image gives a null image and
// the page shows its alt text.
class PackImageProvider : public QQuickImageProvider
{
public:
    explicit PackImageProvider(QString packPath);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QString m_packPath;
};

} // namespace kotona
