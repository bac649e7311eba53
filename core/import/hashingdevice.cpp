#include "hashingdevice.h"

namespace herald {

HashingDevice::HashingDevice(QIODevice *source, QCryptographicHash::Algorithm algorithm)
    : m_source(source), m_hash(algorithm)
{}

bool HashingDevice::open(OpenMode mode)
{
    if (mode & WriteOnly)
        return false;
    if (!m_source->isOpen() && !m_source->open(QIODevice::ReadOnly))
        return false;
    return QIODevice::open(mode | Unbuffered);
}

qint64 HashingDevice::bytesAvailable() const
{
    return m_source->bytesAvailable() + QIODevice::bytesAvailable();
}

bool HashingDevice::atEnd() const
{
    return m_source->atEnd() && QIODevice::bytesAvailable() == 0;
}

qint64 HashingDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = m_source->read(data, maxSize);
    if (n > 0)
        m_hash.addData(QByteArrayView(data, n));
    return n;
}

QString HashingDevice::finishHex()
{
    char buffer[64 * 1024];
    while (readData(buffer, sizeof buffer) > 0) {
    }
    return QString::fromLatin1(m_hash.result().toHex());
}

} // namespace herald
