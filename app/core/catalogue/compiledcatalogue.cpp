// SPDX-License-Identifier: MIT
#include "core/catalogue/compiledcatalogue.h"

#include "core/catalogue/catalogueblob.h"

#include <QHash>
#include <QMutex>

#include <atomic>
#include <cstring>
#include <mutex>

namespace StatusScope::Core {

namespace {

// Changes whenever StatusEntry or the order below changes; the blob is rebuilt with the program.
constexpr quint32 Magic = 0x53534343; // "SSCC"
// 2: sources and folklore; 3: strings at even offsets (catalogueblob.h); 4: links as text; 5: an
// index of the entries, so that a check reads only the entries of the codes it meets.
constexpr quint32 Version = 5;

using CatalogueBlob::Reader;
using CatalogueBlob::Strings;
using CatalogueBlob::Writer;

template<typename Stream, typename Enum> void readEnum(Stream &in, Enum &value, Enum last)
{
    qint32 raw = 0;
    in >> raw;
    if (raw < 0 || raw > qint32(last))
        in.setStatus(QDataStream::ReadCorruptData);
    value = Enum(raw);
}

template<typename T, typename Write>
void writeOptional(Writer &out, const std::optional<T> &value, Write write)
{
    out << value.has_value();
    if (value)
        write(*value);
}

// A list of titled links (the specs, the sources): a count, then title and URL each.
bool readLinks(Reader &in, QList<SpecRef> &links)
{
    qint32 count = 0;
    in >> count;
    if (count < 0 || count > 64)
        return false;
    links.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        SpecRef link;
        in >> link.title >> link.url;
        links.append(std::move(link));
    }
    return true;
}

// One entry's record, as compileCatalogue() writes it. False on damage.
bool readEntry(Reader &in, StatusEntry &entry)
{
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
    if (!readLinks(in, entry.specRefs) || !readLinks(in, entry.sources))
        return false;
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
        return false;
    entry.constants.reserve(constants);
    for (qint32 c = 0; c < constants; ++c) {
        CodeConstant constant;
        in >> constant.language >> constant.framework >> constant.name >> constant.alsoNames
            >> constant.reason;
        in >> constant.source;
        entry.constants.append(std::move(constant));
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

QByteArray compileCatalogue(const StatusCatalogue &catalogue)
{
    Writer out;
    out << Magic << Version;
    for (int c = 0; c <= int(StatusClass::Other); ++c)
        out << catalogue.classDescription(StatusClass(c));
    out << qint32(catalogue.size());
    // The index (a code and an offset per entry) comes before the records it points at. Everything
    // so far has an even size, so the records, written apart, keep their strings aligned.
    const qsizetype recordsStart = out.size() + catalogue.size() * 8;
    Writer records;
    QList<quint32> offsets;
    for (const StatusEntry &entry : catalogue.entries()) {
        offsets.append(quint32(recordsStart + records.size()));
        records << qint32(entry.code) << entry.codeText << entry.reason << entry.aliases
                << qint32(entry.origin) << entry.originDetail;
        writeOptional(records, entry.iana,
                      [&](const IanaRegistration &iana) { records << iana.reason << iana.status; });
        records << entry.summary << entry.description << entry.use << entry.misuse;
        records << qint32(entry.specRefs.size());
        for (const SpecRef &ref : entry.specRefs)
            records << ref.title << ref.url;
        records << qint32(entry.sources.size());
        for (const SpecRef &source : entry.sources)
            records << source.title << source.url;
        records << entry.folklore;
        records << entry.since << entry.headers << entry.cacheable << entry.deprecated;
        writeOptional(records, entry.redirect, [&](const RedirectSemantics &redirect) {
            records << redirect.permanent << qint32(redirect.method);
        });
        records << entry.related;
        records << qint32(entry.constants.size());
        for (const CodeConstant &constant : entry.constants)
            records << constant.language << constant.framework << constant.name << constant.alsoNames
                    << constant.reason << constant.source;
    }
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        out << qint32(catalogue.entries().at(i).code) << offsets.at(i);
    out.append(records.data());
    return out.data();
}

namespace {

// What comes before the entries: the class descriptions, then the index of the entries (each one's
// code and where its record starts, from the blob's start), checked as far as it can be without
// reading the records. Empty on damage.
struct Header
{
    std::array<QString, 6> classDescriptions;
    QList<std::pair<int, quint32>> index;
};

std::optional<Header> readHeader(Reader &in, qsizetype blobSize)
{
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != Magic || version != Version)
        return std::nullopt;
    Header header;
    for (QString &description : header.classDescriptions)
        in >> description;
    qint32 count = 0;
    in >> count;
    // Every entry takes more than 64 bytes: a larger count is damage, not a reason to allocate.
    if (count < 0 || count > blobSize / 64)
        return std::nullopt;
    header.index.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        qint32 code = 0;
        quint32 offset = 0;
        in >> code >> offset;
        header.index.append({code, offset});
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    // The records follow the index, one after another, each inside the blob.
    qsizetype expected = in.position();
    for (const auto &[code, offset] : std::as_const(header.index)) {
        if (offset < expected || offset >= blobSize)
            return std::nullopt;
        expected = offset + 1;
    }
    return header;
}

} // namespace

// A compiled catalogue opened lazily: its bytes (owned, unless they live as long as the program)
// and where each entry's record starts. The entries are read one by one when a code is asked for,
// all at once when entries() is.
struct CompiledEntries
{
    QByteArray data;
    Strings strings = Strings::Copied;
    QList<quint32> offsets;
    mutable std::once_flag readAll;
    mutable std::atomic<bool> allRead = false;
    mutable QList<StatusEntry> all;
    // The entries read one by one, each once (a hop asks for its code's entries twice, a chain
    // for the same code on every hop).
    mutable QMutex mutex;
    mutable QHash<qsizetype, StatusEntry> read;

    StatusEntry entryAt(qsizetype index) const
    {
        if (allRead.load(std::memory_order_acquire))
            return all.value(index);
        QMutexLocker lock(&mutex);
        if (const auto found = read.constFind(index); found != read.cend())
            return *found;
        lock.unlock();
        Reader in(data, strings);
        in.seek(offsets.at(index));
        StatusEntry entry;
        if (!readEntry(in, entry))
            return {}; // the build read every record back (compilecatalogue.cpp): never seen
        lock.relock();
        read.insert(index, entry);
        return entry;
    }

    const QList<StatusEntry> &entries() const
    {
        std::call_once(readAll, [this] {
            Reader in(data, strings);
            all.reserve(offsets.size());
            for (const quint32 offset : offsets) {
                in.seek(offset);
                StatusEntry entry;
                if (!readEntry(in, entry))
                    break; // the build read every record back (compilecatalogue.cpp): never seen
                all.append(std::move(entry));
            }
            allRead.store(true, std::memory_order_release);
        });
        return all;
    }
};

const QList<StatusEntry> &StatusCatalogue::entries() const
{
    return m_compiled ? m_compiled->entries() : m_entries;
}

qsizetype StatusCatalogue::size() const
{
    return m_compiled ? m_compiled->offsets.size() : m_entries.size();
}

StatusEntry StatusCatalogue::entryAt(qsizetype index) const
{
    return m_compiled ? m_compiled->entryAt(index) : m_entries.at(index);
}

std::optional<StatusCatalogue> readCompiledCatalogue(const QByteArray &data, BlobLifetime lifetime)
{
    Reader in(data, lifetime == BlobLifetime::Program ? Strings::Borrowed : Strings::Copied);
    std::optional<Header> header = readHeader(in, data.size());
    if (!header)
        return std::nullopt;
    StatusCatalogue catalogue;
    catalogue.m_classDescriptions = std::move(header->classDescriptions);
    catalogue.m_entries.reserve(header->index.size());
    catalogue.m_byCode.reserve(header->index.size());
    // Every record where the index says, with the code it says, and nothing after the last.
    for (const auto &[code, offset] : std::as_const(header->index)) {
        StatusEntry entry;
        if (in.position() != qsizetype(offset) || !readEntry(in, entry) || entry.code != code)
            return std::nullopt;
        catalogue.m_byCode.insert(entry.code, catalogue.m_entries.size());
        catalogue.m_entries.append(std::move(entry));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return catalogue;
}

std::optional<StatusCatalogue> openCompiledCatalogue(const QByteArray &data, BlobLifetime lifetime)
{
    const Strings strings = lifetime == BlobLifetime::Program ? Strings::Borrowed : Strings::Copied;
    Reader in(data, strings);
    std::optional<Header> header = readHeader(in, data.size());
    if (!header)
        return std::nullopt;
    StatusCatalogue catalogue;
    catalogue.m_classDescriptions = std::move(header->classDescriptions);
    auto compiled = std::make_shared<CompiledEntries>();
    compiled->data = data;
    compiled->strings = strings;
    compiled->offsets.reserve(header->index.size());
    catalogue.m_byCode.reserve(header->index.size());
    for (const auto &[code, offset] : std::as_const(header->index)) {
        catalogue.m_byCode.insert(code, compiled->offsets.size());
        compiled->offsets.append(offset);
    }
    catalogue.m_compiled = std::move(compiled);
    return catalogue;
}

} // namespace StatusScope::Core
