// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace StatusScope::Core {

// Reads `json` as a JSON object: the first step of every data file the catalogue is built from (the
// catalogue, its translations, the code constants). On failure `error` (when given) says why, with
// the line and column of a syntax error, and nothing is returned.
std::optional<QJsonObject> readCatalogueJsonObject(const QByteArray &json, const QString &fileName,
                                                   CatalogueError *error);

// Reads and validates the catalogue JSON. Strict on purpose: an unknown key, a wrong type or a
// dangling reference stops the load with the entry and field named, so a bad edit never ships.
class CatalogueParser
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueParser)

public:
    static constexpr int FormatVersion = 1;

    explicit CatalogueParser(QString fileName);

    std::optional<StatusCatalogue> parse(const QByteArray &json);
    const CatalogueError &error() const { return m_error; }

private:
    bool parseClasses(const QJsonValue &value, StatusCatalogue &catalogue);
    std::optional<StatusEntry> parseEntry(const QJsonValue &value);
    bool parseSpecRefs(const QJsonValue &value, StatusEntry &entry);
    bool parseSources(const QJsonValue &value, StatusEntry &entry);
    bool parseRedirect(const QJsonValue &value, StatusEntry &entry);
    bool parseIana(const QJsonValue &value, StatusEntry &entry);
    bool checkIntegrity(const StatusCatalogue &catalogue);

    std::optional<QString> requiredString(const QJsonObject &object, const QString &key);
    std::optional<QString> optionalString(const QJsonObject &object, const QString &key);
    std::optional<QStringList> stringList(const QJsonObject &object, const QString &key);
    bool checkKnownKeys(const QJsonObject &object, std::initializer_list<QStringView> known,
                        const QString &prefix = {});

    bool fail(const QString &field, const QString &message);

    QString m_fileName;
    CatalogueError m_error;
    int m_entry = -1;
    int m_code = -1;
};

} // namespace StatusScope::Core
