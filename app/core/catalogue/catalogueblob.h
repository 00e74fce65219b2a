// SPDX-License-Identifier: MIT
#pragma once

// The byte layout of the compiled catalogue and its translations (compiledcatalogue.cpp,
// cataloguetranslation.cpp), written and read here only. Little-endian; the types as QDataStream
// would write them (quint32/qint32, bool as one byte, QString as its UTF-16 byte count and units or
// 0xffffffff for null, QByteArray alike, a list as its count and items) but for two rules of its
// own: a string's count starts at an even offset (a zero byte before it when needed), and a blob's
// size is even (a zero byte at its end when needed). So on a little-endian machine every string's
// units are aligned, also when a resource file stores blobs one after another, and a reader of a
// blob that lives as long as the program (one built in) hands out strings that point into it
// instead of copying them: no allocation on reading, none to free.

#include "core/catalogue/statuscatalogue.h"

#include <QByteArray>
#include <QDataStream>
#include <QFile>
#include <QList>
#include <QResource>
#include <QString>
#include <QtEndian>
#include <QUrl>

#include <algorithm>

namespace StatusScope::Core::CatalogueBlob {

// Whether strings may point into the blob: only when it outlives everything read from it.
enum class Strings { Copied, Borrowed };

// A blob built into the program, by its resource path. Stored uncompressed (app/core/CMakeLists.txt),
// it is handed out where the library holds it, for the program's lifetime; compressed, read whole
// for the call; missing, empty.
struct Builtin
{
    QByteArray bytes;
    BlobLifetime lifetime = BlobLifetime::Call;
};

inline Builtin builtin(const QString &resourcePath)
{
    const QResource resource(resourcePath);
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression)
        return {QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size()),
                BlobLifetime::Program};
    QFile file(resourcePath);
    return {file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(), BlobLifetime::Call};
}

class Writer
{
public:
    Writer &operator<<(quint32 value) { return put(value); }
    Writer &operator<<(qint32 value) { return put(quint32(value)); }
    Writer &operator<<(bool value)
    {
        m_data.append(char(value ? 1 : 0));
        return *this;
    }
    Writer &operator<<(const QString &value)
    {
        if (m_data.size() % 2)
            m_data.append('\0');
        if (value.isNull())
            return put(quint32(0xffffffff));
        put(quint32(value.size() * 2));
        for (const QChar c : value) {
            const char16_t unit = qToLittleEndian(char16_t(c.unicode()));
            m_data.append(reinterpret_cast<const char *>(&unit), sizeof unit);
        }
        return *this;
    }
    Writer &operator<<(const QByteArray &value)
    {
        if (value.isNull())
            return put(quint32(0xffffffff));
        put(quint32(value.size()));
        m_data.append(value);
        return *this;
    }
    // As QDataStream writes a URL: its encoded form, null when it is not valid.
    Writer &operator<<(const QUrl &value)
    {
        return *this << (value.isValid() ? value.toEncoded() : QByteArray());
    }
    template<typename T> Writer &operator<<(const QList<T> &list)
    {
        put(quint32(list.size()));
        for (const T &item : list)
            *this << item;
        return *this;
    }

    qsizetype size() const { return m_data.size(); }
    // Bytes another writer made, as they are: aligned only if this writer's size is even.
    void append(const QByteArray &bytes) { m_data.append(bytes); }

    // The blob, padded to an even size: blobs stored one after another (as a resource file stores
    // them) all start at even offsets.
    QByteArray data() const { return m_data.size() % 2 ? m_data + '\0' : m_data; }

private:
    template<typename T> Writer &put(T value)
    {
        const T little = qToLittleEndian(value);
        m_data.append(reinterpret_cast<const char *>(&little), sizeof little);
        return *this;
    }

    QByteArray m_data;
};

// Damage (a blob cut short, a count past its end, padding that is not zero) sets the status as
// QDataStream would, and every read after it yields empty values.
class Reader
{
public:
    Reader(const QByteArray &data, Strings strings)
        : m_begin(data.constData())
        , m_at(data.constData())
        , m_end(data.constData() + data.size())
        , m_borrow(strings == Strings::Borrowed && QSysInfo::ByteOrder == QSysInfo::LittleEndian)
    {
    }

    QDataStream::Status status() const { return m_status; }
    qsizetype position() const { return m_at - m_begin; }
    // Moves to `offset` from the blob's start; past its end is damage.
    void seek(qsizetype offset)
    {
        if (offset < 0 || offset > m_end - m_begin)
            setStatus(QDataStream::ReadPastEnd);
        else
            m_at = m_begin + offset;
    }
    void setStatus(QDataStream::Status status)
    {
        if (m_status == QDataStream::Ok)
            m_status = status;
    }
    // At the end of an even-sized blob: nothing left, or only the zero byte that pads it.
    bool atEnd() const
    {
        if ((m_at - m_begin) % 2 == 0)
            return m_at == m_end;
        return m_end - m_at == 1 && *m_at == '\0';
    }

    Reader &operator>>(quint32 &value)
    {
        value = take<quint32>();
        return *this;
    }
    Reader &operator>>(qint32 &value)
    {
        value = qint32(take<quint32>());
        return *this;
    }
    Reader &operator>>(bool &value)
    {
        value = take<quint8>() != 0;
        return *this;
    }
    Reader &operator>>(QString &value)
    {
        if ((m_at - m_begin) % 2 && take<quint8>() != 0)
            setStatus(QDataStream::ReadCorruptData);
        const quint32 bytes = take<quint32>();
        if (bytes == 0xffffffff || m_status != QDataStream::Ok) {
            value = QString();
        } else if (bytes == 0) {
            value = QString(QLatin1StringView("")); // empty, not null, as QDataStream reads it
        } else if (bytes % 2 || !has(bytes)) {
            value = QString();
            setStatus(QDataStream::ReadPastEnd);
        } else {
            const qsizetype units = bytes / 2;
            // The blob itself may sit at an odd address (it is where the resource put it): then copy.
            if (m_borrow && reinterpret_cast<quintptr>(m_at) % alignof(char16_t) == 0) {
                value = QString::fromRawData(reinterpret_cast<const QChar *>(m_at), units);
            } else {
                value.resize(units);
                qFromLittleEndian<char16_t>(m_at, units, value.data());
            }
            m_at += bytes;
        }
        return *this;
    }
    Reader &operator>>(QByteArray &value)
    {
        const quint32 bytes = take<quint32>();
        if (bytes == 0xffffffff || m_status != QDataStream::Ok) {
            value = QByteArray();
        } else if (!has(bytes)) {
            value = QByteArray();
            setStatus(QDataStream::ReadPastEnd);
        } else {
            value = QByteArray(m_at, bytes);
            m_at += bytes;
        }
        return *this;
    }
    template<typename T> Reader &operator>>(QList<T> &list)
    {
        list.clear();
        const quint32 count = take<quint32>();
        // Every item takes at least four bytes: no more room is asked for than the blob could fill.
        list.reserve(qsizetype(std::min<quint64>(count, quint64(m_end - m_at) / 4)));
        for (quint32 i = 0; i < count && m_status == QDataStream::Ok; ++i) {
            T item{};
            *this >> item;
            if (m_status != QDataStream::Ok) {
                list.clear();
                break;
            }
            list.append(std::move(item));
        }
        return *this;
    }

private:
    bool has(quint64 bytes) const { return quint64(m_end - m_at) >= bytes; }
    template<typename T> T take()
    {
        if (m_status != QDataStream::Ok || !has(sizeof(T))) {
            setStatus(QDataStream::ReadPastEnd);
            return T{};
        }
        const T value = qFromLittleEndian<T>(m_at);
        m_at += sizeof(T);
        return value;
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    bool m_borrow;
    QDataStream::Status m_status = QDataStream::Ok;
};

} // namespace StatusScope::Core::CatalogueBlob
