// SPDX-License-Identifier: MIT
#include "core/catalogue/cataloguemodel.h"

#include "core/catalogue/cataloguesearch.h"
#include "core/catalogue/statusclass.h"

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

CatalogueModel::CatalogueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CatalogueModel::CatalogueModel(StatusCatalogue catalogue, QObject *parent)
    : QAbstractTableModel(parent)
{
    setCatalogue(std::move(catalogue));
}

void CatalogueModel::setCatalogue(StatusCatalogue catalogue)
{
    beginResetModel();
    m_catalogue = std::move(catalogue);
    m_searchText.clear();
    endResetModel();
}

void CatalogueModel::buildSearchText() const
{
    m_searchText.clear();
    m_searchText.reserve(m_catalogue.size());
    for (const StatusEntry &entry : m_catalogue.entries())
        m_searchText.append(CatalogueSearch::haystackFor(entry, m_translation));
}

void CatalogueModel::setTranslation(const CatalogueTranslation *translation)
{
    if (translation == m_translation)
        return;
    m_translation = translation;
    // The search looks through the shown language's texts too: built again when next asked for.
    m_searchText.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole, SearchTextRole});
}

const StatusEntry *CatalogueModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_catalogue.size())
        return nullptr;
    return &m_catalogue.entries().at(index.row());
}

QModelIndex CatalogueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_catalogue.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalogue.size());
}

int CatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    const StatusEntry *entry = entryAt(index);
    if (!entry)
        return {};
    const auto shown = [this, entry](EntryText text) {
        return m_translation ? m_translation->text(*entry, text).text : englishText(*entry, text);
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return entry->codeText;
        case ReasonColumn:
            return entry->reason;
        case OriginColumn:
            return shown(EntryText::OriginDetail);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CodeColumn:
            return tr("%1 — %2").arg(classKey(classOfCode(entry->code)), className(classOfCode(entry->code)));
        case ReasonColumn:
            return shown(EntryText::Summary);
        case OriginColumn:
            return tr("%1: %2").arg(originName(entry->origin), shown(EntryText::OriginDetail));
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == CodeColumn)
            return tr("%1, %2").arg(entry->codeText, className(classOfCode(entry->code)));
        break;
    case EntryIndexRole:
        return index.row();
    case CodeRole:
        return entry->code;
    case CodeTextRole:
        return entry->codeText;
    case ClassRole:
        return int(classOfCode(entry->code));
    case OriginRole:
        return int(entry->origin);
    case SearchTextRole:
        return QString::fromUtf8(searchTextAt(index.row()).text);
    case DeprecatedRole:
        return entry->deprecated;
    case SortRole:
        switch (index.column()) {
        case CodeColumn:
            // Code first, then the file's order, which puts the standard meaning first.
            return qlonglong(entry->code) * 100000 + index.row();
        case ReasonColumn:
            return entry->reason.toCaseFolded();
        case OriginColumn:
            return QString(QString::number(int(entry->origin))
                           + shown(EntryText::OriginDetail).toCaseFolded());
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case ReasonColumn:
        return tr("Reason");
    case OriginColumn:
        return tr("Origin");
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryIndexRole, "entryIndex");
    names.insert(CodeRole, "code");
    names.insert(CodeTextRole, "codeText");
    names.insert(ClassRole, "statusClass");
    names.insert(OriginRole, "origin");
    names.insert(SearchTextRole, "searchText");
    names.insert(SortRole, "sortKey");
    names.insert(DeprecatedRole, "deprecated");
    return names;
}

} // namespace StatusScope::Core
