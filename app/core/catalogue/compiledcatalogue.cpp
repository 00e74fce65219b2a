// SPDX-License-Identifier: MIT
#include "core/catalogue/compiledcatalogue.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace StatusScope::Core {

namespace {

// Changes whenever StatusEntry or the order below changes; the blob is rebuilt with the program.
constexpr quint32 Magic = 0x53534343; // "SSCC"
constexpr quint32 Version = 2; // 2: sources and folklore
constexpr auto StreamVersion = QDataStream::Qt_6_4;

template<typename Stream, typename Enum> void readEnum(Stream &in, Enum &value, Enum last)
{
    qint32 raw = 0;
    in >> raw;
    if (raw < 0 || raw > qint32(last))
        in.setStatus(QDataStream::ReadCorruptData);
    value = Enum(raw);
}

// (perf18) Reads what compileCatalogue() wrote through QDataStream (StreamVersion, little-endian)
// straight from the bytes, for the types it writes: through QDataStream each field was a QIODevice
// read, about 40 % of opening the catalogue. Damage sets the status as QDataStream would.
class BlobReader
{
public:
    explicit BlobReader(const QByteArray &data)
        : m_at(data.constData())
        , m_end(data.constData() + data.size())
    {
    }

    QDataStream::Status status() const { return m_status; }
    void setStatus(QDataStream::Status status)
    {
        if (m_status == QDataStream::Ok)
            m_status = status;
    }
    bool atEnd() const { return m_at == m_end; }

    BlobReader &operator>>(quint32 &value)
    {
        value = take<quint32>();
        return *this;
    }
    BlobReader &operator>>(qint32 &value)
    {
        value = qint32(take<quint32>());
        return *this;
    }
    BlobReader &operator>>(bool &value)
    {
        value = take<quint8>() != 0;
        return *this;
    }
    BlobReader &operator>>(QString &value)
    {
        const quint32 bytes = take<quint32>();
        if (bytes == 0xffffffff || m_status != QDataStream::Ok) {
            value = QString();
        } else if (bytes == 0) {
            value = QString(QLatin1StringView("")); // empty, not null, as QDataStream reads it
        } else if (bytes % 2 || !has(bytes)) {
            value = QString();
            setStatus(QDataStream::ReadPastEnd);
        } else {
            value.resize(bytes / 2);
            qFromLittleEndian<char16_t>(m_at, bytes / 2, value.data());
            m_at += bytes;
        }
        return *this;
    }
    BlobReader &operator>>(QByteArray &value)
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
    template<typename T> BlobReader &operator>>(QList<T> &list)
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

    const char *m_at;
    const char *m_end;
    QDataStream::Status m_status = QDataStream::Ok;
};

// Reads URLs as QDataStream writes them (QUrl::toEncoded()), parsing each distinct one once: most
// recur (every constant of a framework names the same source file, RFC 9110 is cited by most
// entries: 179 distinct among 911), and parsing was over half of reading the catalogue. The
// copies share one QUrl, which is implicitly shared.
class UrlReader
{
public:
    QUrl read(BlobReader &in)
    {
        QByteArray encoded;
        in >> encoded;
        const auto known = m_parsed.constFind(encoded);
        if (known != m_parsed.cend())
            return *known;
        QUrl url;
        url.setUrl(QString::fromLatin1(encoded)); // what operator>>(QDataStream &, QUrl &) does
        m_parsed.insert(encoded, url);
        return url;
    }

private:
    QHash<QByteArray, QUrl> m_parsed;
};

template<typename T, typename Write>
void writeOptional(QDataStream &out, const std::optional<T> &value, Write write)
{
    out << value.has_value();
    if (value)
        write(*value);
}

} // namespace

QByteArray compileCatalogue(const StatusCatalogue &catalogue)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out.setByteOrder(QDataStream::LittleEndian); // the order of the machines that read it: no swapping
    out << Magic << Version;
    for (int c = 0; c <= int(StatusClass::Other); ++c)
        out << catalogue.classDescription(StatusClass(c));
    out << qint32(catalogue.size());
    for (const StatusEntry &entry : catalogue.entries()) {
        out << qint32(entry.code) << entry.codeText << entry.reason << entry.aliases << qint32(entry.origin)
            << entry.originDetail;
        writeOptional(out, entry.iana,
                      [&](const IanaRegistration &iana) { out << iana.reason << iana.status; });
        out << entry.summary << entry.description << entry.use << entry.misuse;
        out << qint32(entry.specRefs.size());
        for (const SpecRef &ref : entry.specRefs)
            out << ref.title << ref.url;
        out << qint32(entry.sources.size());
        for (const SpecRef &source : entry.sources)
            out << source.title << source.url;
        out << entry.folklore;
        out << entry.since << entry.headers << entry.cacheable << entry.deprecated;
        writeOptional(out, entry.redirect, [&](const RedirectSemantics &redirect) {
            out << redirect.permanent << qint32(redirect.method);
        });
        out << entry.related;
        out << qint32(entry.constants.size());
        for (const CodeConstant &constant : entry.constants)
            out << constant.language << constant.framework << constant.name << constant.alsoNames
                << constant.reason << constant.source;
    }
    return data;
}

std::optional<StatusCatalogue> readCompiledCatalogue(const QByteArray &data)
{
    BlobReader in(data);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != Magic || version != Version)
        return std::nullopt;

    StatusCatalogue catalogue;
    for (QString &description : catalogue.m_classDescriptions)
        in >> description;
    qint32 count = 0;
    in >> count;
    // Every entry takes more than 64 bytes: a larger count is damage, not a reason to allocate.
    if (count < 0 || count > data.size() / 64)
        return std::nullopt;
    catalogue.m_entries.reserve(count);
    UrlReader urls;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        StatusEntry entry;
        qint32 code = 0;
        bool hasIana = false;
        in >> code >> entry.codeText >> entry.reason >> entry.aliases;
        entry.code = code;
        readEnum(in, entry.origin, OriginKind::Unofficial);
        in >> entry.originDetail >> hasIana;
        if (hasIana) {
            IanaRegistration iana;
            in >> iana.reason >> iana.status;
            entry.iana = iana;
        }
        in >> entry.summary >> entry.description >> entry.use >> entry.misuse;
        qint32 refs = 0;
        in >> refs;
        if (refs < 0 || refs > 64)
            return std::nullopt;
        for (qint32 r = 0; r < refs; ++r) {
            SpecRef ref;
            in >> ref.title;
            ref.url = urls.read(in);
            entry.specRefs.append(ref);
        }
        qint32 sources = 0;
        in >> sources;
        if (sources < 0 || sources > 64)
            return std::nullopt;
        for (qint32 s = 0; s < sources; ++s) {
            SpecRef source;
            in >> source.title;
            source.url = urls.read(in);
            entry.sources.append(source);
        }
        in >> entry.folklore;
        bool hasRedirect = false;
        in >> entry.since >> entry.headers >> entry.cacheable >> entry.deprecated >> hasRedirect;
        if (hasRedirect) {
            RedirectSemantics redirect;
            in >> redirect.permanent;
            readEnum(in, redirect.method, RedirectMethod::NotFollowed);
            entry.redirect = redirect;
        }
        in >> entry.related;
        qint32 constants = 0;
        in >> constants;
        if (constants < 0 || constants > 256)
            return std::nullopt;
        for (qint32 c = 0; c < constants; ++c) {
            CodeConstant constant;
            in >> constant.language >> constant.framework >> constant.name >> constant.alsoNames
                >> constant.reason;
            constant.source = urls.read(in);
            entry.constants.append(constant);
        }
        catalogue.m_byCode.insert(entry.code, catalogue.m_entries.size());
        catalogue.m_entries.append(std::move(entry));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return catalogue;
}

} // namespace StatusScope::Core
