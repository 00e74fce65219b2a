// SPDX-License-Identifier: MIT
#include "cataloguesearch.h"

#include "statusclass.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

CatalogueSearch::CatalogueSearch(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    const QStringList tokens = text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (isDigits(token)) {
            m_codePrefixes.append(token);
        } else if (token.size() == 3 && token.at(0).isDigit() && token.endsWith(u"xx"_s)) {
            m_codePrefixes.append(token.first(1)); // "4xx" means the whole class
        } else {
            m_words.append(token);
        }
    }
}

bool CatalogueSearch::matches(const StatusEntry &entry, QStringView haystack) const
{
    for (const QString &prefix : m_codePrefixes) {
        if (!entry.codeText.startsWith(prefix))
            return false;
    }
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

QString CatalogueSearch::haystackFor(const StatusEntry &entry)
{
    QStringList parts{entry.reason, entry.originDetail, originKey(entry.origin), entry.summary,
                      entry.description};
    parts += entry.aliases;
    parts += entry.headers;
    if (entry.iana)
        parts.append(entry.iana->reason);
    return parts.join(u'\n').toCaseFolded();
}

} // namespace StatusScope::Core
