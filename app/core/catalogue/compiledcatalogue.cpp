// SPDX-License-Identifier: MIT
#include "core/catalogue/compiledcatalogue.h"

#include "core/catalogue/catalogueblob.h"

#include <cstring>

namespace StatusScope::Core {

namespace {

// Changes whenever StatusEntry or the order below changes; the blob is rebuilt with the program.
constexpr quint32 Magic = 0x53534343; // "SSCC"
constexpr quint32 Version
    = 4; // 2: sources and folklore; 3: strings at even offsets (catalogueblob.h); 4: links as text

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

} // namespace

QByteArray compileCatalogue(const StatusCatalogue &catalogue)
{
    Writer out;
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
    return out.data();
}

std::optional<StatusCatalogue> readCompiledCatalogue(const QByteArray &data, BlobLifetime lifetime)
{
    Reader in(data, lifetime == BlobLifetime::Program ? Strings::Borrowed : Strings::Copied);
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
            in >> ref.url;
            entry.specRefs.append(ref);
        }
        qint32 sources = 0;
        in >> sources;
        if (sources < 0 || sources > 64)
            return std::nullopt;
        for (qint32 s = 0; s < sources; ++s) {
            SpecRef source;
            in >> source.title;
            in >> source.url;
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
            in >> constant.source;
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
