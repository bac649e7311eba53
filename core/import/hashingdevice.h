#pragma once

#include <QIODevice>

#include <memory>

namespace herald {

// A read-only view of another device that hashes every byte read through it (SHA-256), so an import can record the
// file's hash without reading a large file twice.
class HashingDevice : public QIODevice
{
public:
    explicit HashingDevice(QIODevice *source);
    ~HashingDevice() override;

    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_source->size(); }
    bool atEnd() const override;

    // Reads whatever the consumer left unread, then returns the lowercase hex digest.
    QString finishHex();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    class Sha256;
    QIODevice *m_source;
    std::unique_ptr<Sha256> m_hash;
};

} // namespace herald
