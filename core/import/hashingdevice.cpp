#include "hashingdevice.h"

#ifdef HERALD_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace herald {

// OpenSSL's SHA-256 uses the processor's SHA extensions where it has them: some ten times faster than Qt's portable
// one, which otherwise costs the parsing thread of a large import more than reading the CSV.
#ifdef HERALD_HAVE_OPENSSL
class HashingDevice::Sha256
{
public:
    Sha256() : m_context(EVP_MD_CTX_new()) { EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr); }
    ~Sha256() { EVP_MD_CTX_free(m_context); }
    void addData(const char *data, qint64 size) { EVP_DigestUpdate(m_context, data, static_cast<size_t>(size)); }
    QByteArray result()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_context, digest, &size);
        return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(size));
    }

private:
    EVP_MD_CTX *m_context;
};
#else
class HashingDevice::Sha256
{
public:
    void addData(const char *data, qint64 size) { m_hash.addData(QByteArrayView(data, size)); }
    QByteArray result() { return m_hash.result(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};
#endif

HashingDevice::HashingDevice(QIODevice *source) : m_source(source), m_hash(std::make_unique<Sha256>())
{}

HashingDevice::~HashingDevice() = default;

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
        m_hash->addData(data, n);
    return n;
}

QString HashingDevice::finishHex()
{
    char buffer[64 * 1024];
    while (readData(buffer, sizeof buffer) > 0) {
    }
    return QString::fromLatin1(m_hash->result().toHex());
}

} // namespace herald
