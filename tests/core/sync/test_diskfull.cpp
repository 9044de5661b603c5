// SPDX-License-Identifier: GPL-3.0-or-later
// A disk that fills up during an update (a small tmpfs): a soft error, the installed
// pack unchanged, nothing half-written left behind. Needs root to mount the tmpfs;
// elsewhere the test says so and passes without running.
#include "repofixture.h"

#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <unistd.h>

using namespace kotona;
using namespace kotona::test;

namespace {

// A tmpfs of `bytes` mounted on a temporary folder for the lifetime of the object.
struct SmallDisk {
    QTemporaryDir dir;
    bool mounted = false;
    explicit SmallDisk(qint64 bytes)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes);
        mounted = ::geteuid() == 0
            && ::mount("tmpfs", QFile::encodeName(dir.path()).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (mounted)
            ::umount2(QFile::encodeName(dir.path()).constData(), MNT_DETACH);
    }
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    // Fills the disk until at most `leave` bytes are free.
    void fillLeaving(qint64 leave)
    {
        QFile filler(path("filler"));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (true) {
            const qint64 free = QStorageInfo(dir.path()).bytesAvailable();
            if (free <= leave || filler.write(block) != block.size())
                break;
            filler.flush();
        }
    }
};

} // namespace

TEST_CASE("a disk that fills up during an update is a soft error and leaves the pack as it was")
{
    Repo r;
    r.publishAll();
    const qint64 packBytes = QFileInfo(r.client).size();

    SECTION("while a new install writes the snapshot")
    {
        SmallDisk disk(packBytes / 2);
        if (!disk.mounted) {
            WARN("not root: cannot mount a small tmpfs; disk-full test skipped");
            return;
        }
        sync::UpdateOptions o = r.options();
        o.packPath = disk.path("pack.sqlite");
        sync::DirectorySource source(r.repo);
        const sync::UpdateResult u = sync::update(source, o);
        CHECK(u.error.code == sync::ErrorCode::DiskFull);
        CHECK_FALSE(sync::isHard(u.error.code));
        CHECK_FALSE(QFile::exists(o.packPath));
        CHECK(QDir(disk.dir.path()).entryList(QDir::Files).isEmpty());
    }
    SECTION("while a batch is applied")
    {
        SmallDisk disk(packBytes * 3);
        if (!disk.mounted) {
            WARN("not root: cannot mount a small tmpfs; disk-full test skipped");
            return;
        }
        const QString pack = disk.path("pack.sqlite");
        REQUIRE(QFile::copy(r.client, pack));
        const PackState before = stateOf(pack);
        disk.fillLeaving(8 * 1024);
        sync::UpdateOptions o = r.options();
        o.packPath = pack;
        sync::DirectorySource source(r.repo);
        const sync::UpdateResult u = sync::update(source, o);
        INFO(u.error.detail.toStdString());
        CHECK(u.error.code == sync::ErrorCode::DiskFull);
        QFile::remove(disk.path("filler"));
        CHECK(stateOf(pack) == before);
        // With room again, the same update goes through.
        sync::DirectorySource again(r.repo);
        const sync::UpdateResult ok = sync::update(again, o);
        INFO(ok.error.detail.toStdString());
        CHECK_FALSE(ok.error);
        CHECK(stateOf(pack).digest == stateOf(r.r3.path).digest);
    }
}
