// SPDX-License-Identifier: MIT
#include "core/catalogue/statusclass.h"

#include <QCoreApplication>

#include <array>

namespace StatusScope::Core {

namespace {

// One row of a key/name table: the enum value, its stable key and its translatable name.
template<typename Enum> struct Named
{
    Enum value;
    QStringView key;
    const char *name;
};

constexpr std::array classTable{
    Named<StatusClass>{StatusClass::Informational, u"1xx", QT_TRANSLATE_NOOP("StatusClass", "Informational")},
    Named<StatusClass>{StatusClass::Success, u"2xx", QT_TRANSLATE_NOOP("StatusClass", "Success")},
    Named<StatusClass>{StatusClass::Redirection, u"3xx", QT_TRANSLATE_NOOP("StatusClass", "Redirection")},
    Named<StatusClass>{StatusClass::ClientError, u"4xx", QT_TRANSLATE_NOOP("StatusClass", "Client Error")},
    Named<StatusClass>{StatusClass::ServerError, u"5xx", QT_TRANSLATE_NOOP("StatusClass", "Server Error")},
    Named<StatusClass>{StatusClass::Other, u"other",
                       QT_TRANSLATE_NOOP("StatusClass", "Outside the standard range")},
};

constexpr std::array originTable{
    Named<OriginKind>{OriginKind::Standard, u"standard", QT_TRANSLATE_NOOP("OriginKind", "Standard")},
    Named<OriginKind>{OriginKind::WebDav, u"webdav", QT_TRANSLATE_NOOP("OriginKind", "WebDAV")},
    Named<OriginKind>{OriginKind::Experimental, u"experimental",
                      QT_TRANSLATE_NOOP("OriginKind", "Experimental")},
    Named<OriginKind>{OriginKind::Historical, u"historical", QT_TRANSLATE_NOOP("OriginKind", "Historical")},
    Named<OriginKind>{OriginKind::Vendor, u"vendor", QT_TRANSLATE_NOOP("OriginKind", "Vendor")},
    Named<OriginKind>{OriginKind::Unofficial, u"unofficial", QT_TRANSLATE_NOOP("OriginKind", "Unofficial")},
};

// The tables are in enum order, so an enum value is its own index.
template<typename Enum, std::size_t N>
const Named<Enum> &rowFor(const std::array<Named<Enum>, N> &table, Enum value)
{
    return table[static_cast<std::size_t>(value)];
}

template<typename Enum, std::size_t N> QList<Enum> valuesOf(const std::array<Named<Enum>, N> &table)
{
    QList<Enum> result;
    for (const Named<Enum> &row : table)
        result.append(row.value);
    return result;
}

template<typename Enum, std::size_t N, typename Matches>
std::optional<Enum> findKey(const std::array<Named<Enum>, N> &table, QStringView key, Matches matches)
{
    const QString normalized = key.trimmed().toString().toLower();
    for (const Named<Enum> &row : table) {
        if (matches(normalized, row.key))
            return row.value;
    }
    return std::nullopt;
}

} // namespace

StatusClass classOfCode(int code)
{
    if (code < 100 || code > 599)
        return StatusClass::Other;
    return static_cast<StatusClass>(code / 100 - 1);
}

QString classKey(StatusClass statusClass)
{
    return rowFor(classTable, statusClass).key.toString();
}

std::optional<StatusClass> classFromKey(QStringView key)
{
    return findKey(classTable, key, [](const QString &text, QStringView rowKey) {
        return text == rowKey || (rowKey.size() == 3 && text == rowKey.first(1)); // "4" for "4xx"
    });
}

QString className(StatusClass statusClass)
{
    return QCoreApplication::translate("StatusClass", rowFor(classTable, statusClass).name);
}

QString classLabel(StatusClass statusClass)
{
    return classKey(statusClass) + QLatin1Char(' ') + className(statusClass);
}

QList<StatusClass> allClasses()
{
    return valuesOf(classTable);
}

QString originKey(OriginKind origin)
{
    return rowFor(originTable, origin).key.toString();
}

std::optional<OriginKind> originFromKey(QStringView key)
{
    return findKey(originTable, key, [](const QString &text, QStringView rowKey) { return text == rowKey; });
}

QString originName(OriginKind origin)
{
    return QCoreApplication::translate("OriginKind", rowFor(originTable, origin).name);
}

QList<OriginKind> allOrigins()
{
    return valuesOf(originTable);
}

QStringList originKeys()
{
    QStringList keys;
    for (const auto &row : originTable)
        keys.append(row.key.toString());
    return keys;
}

QString redirectDescription(const RedirectSemantics &redirect)
{
    const QString lifetime = redirect.permanent
        ? QCoreApplication::translate("RedirectSemantics", "Permanent")
        : QCoreApplication::translate("RedirectSemantics", "Temporary");
    switch (redirect.method) {
    case RedirectMethod::Kept:
        return QCoreApplication::translate("RedirectSemantics",
                                           "%1; the method and body are kept (a POST stays a POST).")
            .arg(lifetime);
    case RedirectMethod::MayChange:
        return QCoreApplication::translate("RedirectSemantics",
                                           "%1; clients may turn POST into GET, and browsers do.")
            .arg(lifetime);
    case RedirectMethod::BecomesGet:
        return QCoreApplication::translate(
                   "RedirectSemantics", "%1; the next request is a GET (or HEAD), whatever the method was.")
            .arg(lifetime);
    case RedirectMethod::NotFollowed:
        break;
    }
    return QCoreApplication::translate("RedirectSemantics",
                                       "Not followed automatically: the chain ends here.");
}

} // namespace StatusScope::Core
