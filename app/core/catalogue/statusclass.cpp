// SPDX-License-Identifier: MIT
#include "statusclass.h"

#include <QCoreApplication>

#include <array>

namespace StatusScope::Core {

namespace {

struct ClassInfo
{
    StatusClass statusClass;
    QStringView key;
    const char *name;
};

constexpr std::array classTable{
    ClassInfo{StatusClass::Informational, u"1xx", QT_TRANSLATE_NOOP("StatusClass", "Informational")},
    ClassInfo{StatusClass::Success, u"2xx", QT_TRANSLATE_NOOP("StatusClass", "Success")},
    ClassInfo{StatusClass::Redirection, u"3xx", QT_TRANSLATE_NOOP("StatusClass", "Redirection")},
    ClassInfo{StatusClass::ClientError, u"4xx", QT_TRANSLATE_NOOP("StatusClass", "Client Error")},
    ClassInfo{StatusClass::ServerError, u"5xx", QT_TRANSLATE_NOOP("StatusClass", "Server Error")},
    ClassInfo{StatusClass::Other, u"other", QT_TRANSLATE_NOOP("StatusClass", "Outside the standard range")},
};

struct OriginInfo
{
    OriginKind origin;
    QStringView key;
    const char *name;
};

constexpr std::array originTable{
    OriginInfo{OriginKind::Standard, u"standard", QT_TRANSLATE_NOOP("OriginKind", "Standard")},
    OriginInfo{OriginKind::WebDav, u"webdav", QT_TRANSLATE_NOOP("OriginKind", "WebDAV")},
    OriginInfo{OriginKind::Experimental, u"experimental", QT_TRANSLATE_NOOP("OriginKind", "Experimental")},
    OriginInfo{OriginKind::Historical, u"historical", QT_TRANSLATE_NOOP("OriginKind", "Historical")},
    OriginInfo{OriginKind::Vendor, u"vendor", QT_TRANSLATE_NOOP("OriginKind", "Vendor")},
    OriginInfo{OriginKind::Unofficial, u"unofficial", QT_TRANSLATE_NOOP("OriginKind", "Unofficial")},
};

const ClassInfo &infoFor(StatusClass statusClass)
{
    return classTable[static_cast<std::size_t>(statusClass)];
}

const OriginInfo &infoFor(OriginKind origin)
{
    return originTable[static_cast<std::size_t>(origin)];
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
    return infoFor(statusClass).key.toString();
}

std::optional<StatusClass> classFromKey(QStringView key)
{
    const QString normalized = key.trimmed().toString().toLower();
    for (const ClassInfo &info : classTable) {
        if (normalized == info.key || (info.key.size() == 3 && normalized == info.key.first(1)))
            return info.statusClass;
    }
    return std::nullopt;
}

QString className(StatusClass statusClass)
{
    return QCoreApplication::translate("StatusClass", infoFor(statusClass).name);
}

QList<StatusClass> allClasses()
{
    QList<StatusClass> result;
    for (const ClassInfo &info : classTable)
        result.append(info.statusClass);
    return result;
}

QString originKey(OriginKind origin)
{
    return infoFor(origin).key.toString();
}

std::optional<OriginKind> originFromKey(QStringView key)
{
    const QString normalized = key.trimmed().toString().toLower();
    for (const OriginInfo &info : originTable) {
        if (normalized == info.key)
            return info.origin;
    }
    return std::nullopt;
}

QString originName(OriginKind origin)
{
    return QCoreApplication::translate("OriginKind", infoFor(origin).name);
}

QList<OriginKind> allOrigins()
{
    QList<OriginKind> result;
    for (const OriginInfo &info : originTable)
        result.append(info.origin);
    return result;
}

} // namespace StatusScope::Core
