// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statusentry.h"

#include <QByteArray>
#include <QMultiHash>

#include <array>
#include <memory>
#include <optional>

namespace StatusScope::Core {

// How long the bytes given to a compiled-form reader (readCompiledCatalogue(),
// CatalogueTranslation::fromCompiled()) stay: `Program` (a blob built into the program, which is
// never unloaded) lets what is read point into them, uncopied.
enum class BlobLifetime { Call, Program };

// Why a catalogue file was rejected, precise enough to fix the file by hand.
struct CatalogueError
{
    QString file;
    int line = 0; // set for JSON syntax errors
    int column = 0;
    int entry = -1; // index into "entries", -1 when the problem is not in an entry
    int code = -1; // the entry's code when it could be read
    QString field;
    QString message;

    QString toString() const;
};

struct CompiledEntries; // compiledcatalogue.cpp

// The offline catalogue of status codes: every meaning of every code we know, plus the meaning of
// each class. A plain value; load it once and pass it to whoever needs it.
class StatusCatalogue
{
public:
    StatusCatalogue() = default;

    // The catalogue.json this build was made with, as JSON (for tests and tools; link
    // statusscope_catalogue_source) and as the program reads it (statusscope_builtin_catalogue):
    // compiled at build time, so it is neither parsed nor checked again at start-up.
    static QString builtinPath();
    static std::optional<StatusCatalogue> builtin(CatalogueError *error);
    static std::optional<StatusCatalogue> fromFile(const QString &path, CatalogueError *error);
    static std::optional<StatusCatalogue> fromJson(const QByteArray &json, const QString &fileName,
                                                   CatalogueError *error);

    // Every entry. A compiled catalogue opened lazily (openCompiledCatalogue()) reads them all on
    // the first call, once for all its copies and safely from any thread.
    const QList<StatusEntry> &entries() const;
    bool isEmpty() const { return size() == 0; }
    qsizetype size() const;

    // Every meaning of the code, in the file's order (the standard meaning first by convention).
    QList<StatusEntry> entriesForCode(int code) const;
    bool contains(int code) const { return m_byCode.contains(code); }
    // Index into entries() of the first meaning of the code, or -1.
    qsizetype firstIndexOf(int code) const;

    QString classDescription(StatusClass statusClass) const;

private:
    friend class CatalogueParser;
    friend class CodeConstants;
    friend std::optional<StatusCatalogue> readCompiledCatalogue(const QByteArray &data,
                                                                BlobLifetime lifetime);
    friend std::optional<StatusCatalogue> openCompiledCatalogue(const QByteArray &data,
                                                                BlobLifetime lifetime);

    StatusEntry entryAt(qsizetype index) const; // without reading every entry
    QList<StatusEntry> m_entries;
    // Instead of m_entries, for a catalogue opened lazily: the blob and where each entry starts.
    std::shared_ptr<const CompiledEntries> m_compiled;
    QMultiHash<int, qsizetype> m_byCode;
    std::array<QString, 6> m_classDescriptions;
};

} // namespace StatusScope::Core
