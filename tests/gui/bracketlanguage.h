// SPDX-License-Identifier: MIT
#pragma once
// A language for language-switch tests that needs no .ts file: every text of the console's widgets
// and of the core is put in «brackets», so a text left in the previous language shows without one.
#include <QStringList>
#include <QTranslator>

#include <algorithm>

namespace StatusScope::Test {

class BracketLanguage final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArrayView name(context);
        if (name == "RequestComposer" || name == "ChainView" || name.startsWith("StatusScope::"))
            return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
        return {};
    }
    bool isEmpty() const override { return false; }
};

inline bool allBracketed(const QStringList &texts)
{
    return std::all_of(texts.cbegin(), texts.cend(),
                       [](const QString &text) { return text.startsWith(u'«'); });
}

inline bool noneBracketed(const QStringList &texts)
{
    return std::none_of(texts.cbegin(), texts.cend(),
                        [](const QString &text) { return text.contains(u'«'); });
}

} // namespace StatusScope::Test
