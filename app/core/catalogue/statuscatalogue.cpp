// SPDX-License-Identifier: MIT
#include "core/catalogue/statuscatalogue.h"

#include "core/formats/limitedread.h"

#include "core/catalogue/catalogueparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

QString CatalogueError::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line) + u':' + QString::number(column);
    if (entry >= 0) {
        where += code >= 0
            ? QCoreApplication::translate("CatalogueError", ": entry %1 (code %2)").arg(entry).arg(code)
            : QCoreApplication::translate("CatalogueError", ": entry %1").arg(entry);
    }
    if (!field.isEmpty())
        where += QCoreApplication::translate("CatalogueError", ", field \"%1\"").arg(field);
    return where + u": "_s + message;
}

std::optional<StatusCatalogue> StatusCatalogue::fromFile(const QString &path, CatalogueError *error)
{
    QFile file(path);
    const QString name = path.startsWith(u':') ? path : QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = CatalogueError{};
            error->file = name;
            error->message
                = QCoreApplication::translate("CatalogueError", "cannot be read: %1").arg(file.errorString());
        }
        return std::nullopt;
    }
    // Read in chunks up to a limit: a device (/dev/zero) or a FIFO has no size to check first.
    constexpr qint64 limit = 16 * 1024 * 1024;
    const std::optional<QByteArray> json = readAtMost(file, limit);
    if (!json) {
        if (error) {
            *error = CatalogueError{};
            error->file = name;
            error->message = QCoreApplication::translate(
                "CatalogueError", "is larger than 16 MiB, which no catalogue needs; is it the right file?");
        }
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        if (error) {
            *error = CatalogueError{};
            error->file = name;
            error->message
                = QCoreApplication::translate("CatalogueError", "cannot be read: %1").arg(file.errorString());
        }
        return std::nullopt;
    }
    return fromJson(*json, name, error);
}

std::optional<StatusCatalogue> StatusCatalogue::fromJson(const QByteArray &json, const QString &fileName,
                                                         CatalogueError *error)
{
    CatalogueParser parser(fileName);
    std::optional<StatusCatalogue> catalogue = parser.parse(json);
    if (!catalogue && error)
        *error = parser.error();
    return catalogue;
}

QList<StatusEntry> StatusCatalogue::entriesForCode(int code) const
{
    QList<qsizetype> indexes = m_byCode.values(code);
    std::sort(indexes.begin(), indexes.end());
    QList<StatusEntry> result;
    result.reserve(indexes.size());
    for (qsizetype index : std::as_const(indexes))
        result.append(entryAt(index));
    return result;
}

qsizetype StatusCatalogue::firstIndexOf(int code) const
{
    const QList<qsizetype> indexes = m_byCode.values(code);
    if (indexes.isEmpty())
        return -1;
    return *std::min_element(indexes.cbegin(), indexes.cend());
}

QString StatusCatalogue::classDescription(StatusClass statusClass) const
{
    return m_classDescriptions[static_cast<std::size_t>(statusClass)];
}

} // namespace StatusScope::Core
