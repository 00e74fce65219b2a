// SPDX-License-Identifier: MIT
#include "core/catalogue/warncodes.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct WarnCodeText
{
    Q_DECLARE_TR_FUNCTIONS(WarnCodes)
};

struct KnownWarnCode
{
    int code;
    const char *name; // the RFC's own name, not translated: it is what the header carried
    const char *section;
};

constexpr std::array WarnCodes{
    KnownWarnCode{110, "Response is Stale", "5.5.1"},
    KnownWarnCode{111, "Revalidation Failed", "5.5.2"},
    KnownWarnCode{112, "Disconnected Operation", "5.5.3"},
    KnownWarnCode{113, "Heuristic Expiration", "5.5.4"},
    KnownWarnCode{199, "Miscellaneous Warning", "5.5.5"},
    KnownWarnCode{214, "Transformation Applied", "5.5.6"},
    KnownWarnCode{299, "Miscellaneous Persistent Warning", "5.5.7"},
};

} // namespace

std::optional<WarnCode> warnCode(int code)
{
    for (const KnownWarnCode &known : WarnCodes) {
        if (known.code == code)
            return WarnCode{code, QString::fromLatin1(known.name),
                            u"RFC 7234 §"_s + QLatin1StringView(known.section)};
    }
    return std::nullopt;
}

std::optional<QString> warnCodeNote(int code)
{
    const std::optional<WarnCode> warn = warnCode(code);
    if (!warn)
        return std::nullopt;
    return WarnCodeText::tr("%1 is a code of the Warning header, not a status code: “%1 %2” (%3). RFC 9111 "
                            "made the Warning header obsolete, and no status line carries it.")
        .arg(code)
        .arg(warn->name, warn->spec);
}

} // namespace StatusScope::Core
