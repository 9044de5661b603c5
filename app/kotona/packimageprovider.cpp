// SPDX-License-Identifier: GPL-3.0-or-later
#include "packimageprovider.h"

#include "content/contentstore.h"

#include <QImage>

namespace kotona {

PackImageProvider::PackImageProvider(QString packPath)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_packPath(std::move(packPath))
{ }

QImage PackImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    ContentStore store;
    QImage image;
    if (store.open(m_packPath).ok()) {
        const auto media = store.media(id);
        if (media.mime.startsWith(QLatin1String("image/")))
            image.loadFromData(media.bytes);
    }
    if (size)
        *size = image.size();
    if (!image.isNull() && requestedSize.isValid() && requestedSize.width() > 0 && requestedSize.height() > 0)
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace kotona
