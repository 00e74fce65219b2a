// SPDX-License-Identifier: MIT
#include "core/catalogue/entryjson.h"

#include "core/catalogue/statusclass.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

QString redirectMethodKey(RedirectMethod method)
{
    switch (method) {
    case RedirectMethod::Kept:
        return u"kept"_s;
    case RedirectMethod::MayChange:
        return u"may_change"_s;
    case RedirectMethod::BecomesGet:
        return u"becomes_get"_s;
    case RedirectMethod::NotFollowed:
        break;
    }
    return u"not_followed"_s;
}

QJsonObject entryToJson(const StatusEntry &entry)
{
    QJsonArray specRefs;
    for (const SpecRef &ref : entry.specRefs)
        specRefs.append(QJsonObject{{u"title"_s, ref.title}, {u"url"_s, ref.url}});
    QJsonArray sources;
    for (const SpecRef &source : entry.sources)
        sources.append(QJsonObject{{u"title"_s, source.title}, {u"url"_s, source.url}});
    QJsonArray related;
    for (int code : entry.related)
        related.append(code);
    QJsonArray constants;
    for (const CodeConstant &constant : entry.constants) {
        QJsonObject object{{u"language"_s, constant.language},
                           {u"framework"_s, constant.framework},
                           {u"name"_s, constant.name},
                           {u"also_names"_s, QJsonArray::fromStringList(constant.alsoNames)},
                           {u"source"_s, constant.source}};
        if (!constant.reason.isEmpty())
            object.insert(u"reason"_s, constant.reason);
        constants.append(object);
    }

    QJsonValue iana = QJsonValue::Null;
    if (entry.iana)
        iana = QJsonObject{{u"reason"_s, entry.iana->reason}, {u"status"_s, entry.iana->status}};
    QJsonValue redirect = QJsonValue::Null;
    if (entry.redirect) {
        redirect = QJsonObject{{u"permanent"_s, entry.redirect->permanent},
                               {u"method"_s, redirectMethodKey(entry.redirect->method)}};
    }

    return QJsonObject{
        {u"code"_s, entry.code},
        {u"code_text"_s, entry.codeText},
        {u"reason"_s, entry.reason},
        {u"aliases"_s, QJsonArray::fromStringList(entry.aliases)},
        {u"class"_s, classKey(classOfCode(entry.code))},
        {u"origin"_s, originKey(entry.origin)},
        {u"origin_detail"_s, entry.originDetail},
        {u"iana"_s, iana},
        {u"summary"_s, entry.summary},
        {u"description"_s, entry.description},
        {u"use"_s, entry.use.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.use)},
        {u"misuse"_s, entry.misuse.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.misuse)},
        {u"spec_refs"_s, specRefs},
        {u"since"_s, entry.since},
        {u"headers"_s, QJsonArray::fromStringList(entry.headers)},
        {u"cacheable"_s, entry.cacheable},
        {u"deprecated"_s, entry.deprecated},
        {u"redirect"_s, redirect},
        {u"related"_s, related},
        {u"constants"_s, constants},
        {u"sources"_s, sources},
        {u"folklore"_s, entry.folklore.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.folklore)},
    };
}

} // namespace StatusScope::Core
