// SPDX-License-Identifier: MIT
#include "gui/historyview/harchainfiltermodel.h"

#include "gui/historyview/harchainmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

HarChainFilterModel::HarChainFilterModel(HarChainModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_chains(source)
{
    setSourceModel(source);
}

void HarChainFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool HarChainFilterModel::wordMatches(int sourceRow, const QString &word) const
{
    if (m_chains->displayUrl(sourceRow).contains(word, Qt::CaseInsensitive))
        return true;
    if (QString::fromLatin1(m_chains->chain(sourceRow).request.method).compare(word, Qt::CaseInsensitive)
        == 0)
        return true;
    const int status = m_chains->finalStatus(sourceRow);
    if (status < 0)
        return false;
    // "4xx" is a class: its first digit is the prefix.
    const bool isClass = word.size() == 3 && word.endsWith(u"xx"_s, Qt::CaseInsensitive);
    return QString::number(status).startsWith(isClass ? word.left(1) : word);
}

bool HarChainFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    for (const QString &word : m_words) {
        if (!wordMatches(sourceRow, word))
            return false;
    }
    return true;
}

void HarChainFilterModel::sort(int column, Qt::SortOrder order)
{
    m_chains->sort(column, order); // its layoutChanged() reorders the rows here
}

} // namespace StatusScope::Gui
