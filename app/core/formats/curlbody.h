// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/curlcommand.h"
#include "core/formats/multipart.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace StatusScope::Core {

// Reads the files a curl command names, as CurlFiles says: their bytes, or nothing, with the
// option listed as not applied (ListMissing) or a failure to report (MustRead).
class CurlFileReader
{
public:
    CurlFileReader(CurlFiles mode, CurlImport &import)
        : m_mode(mode)
        , m_import(import)
    {
    }

    // `option` is how the command wrote it ("-d @body.json"), to name it in a sentence.
    std::optional<QByteArray> read(const QString &option, const QString &path);
    // For files read elsewhere (-b FILE): true when it is there, else as read() fails.
    bool exists(const QString &option, const QString &path);
    // Set once a file that must be read could not be (MustRead).
    const std::optional<QString> &failure() const { return m_failure; }

    // What the paste gives the command on standard input (a here-document, "echo … |", "< FILE").
    void setStandardInput(const ShellInput &input) { m_input = input; }
    bool hasStandardInput() const { return m_input.given(); }
    // Standard input for `option` ("-d @-"), as curl reads it: whole the first time, empty after;
    // nothing when the paste gives none or its file cannot be read (said as read() says it).
    std::optional<QByteArray> readStandardInput(const QString &option);

private:
    void missing(const QString &option, const QString &path, const QString &reason);

    CurlFiles m_mode;
    CurlImport &m_import;
    std::optional<QString> m_failure;
    ShellInput m_input;
    bool m_inputRead = false;
    qint64 m_total = 0; // bytes read so far: all the files of a command share one request body limit
};

// The body options of one curl command (-d and its kin, --json, --data-urlencode, -F, -T) and what
// they make of the request: body, Content-Type and the method curl picks.
class CurlBody
{
public:
    explicit CurlBody(CurlFileReader &files)
        : m_files(files)
    {
    }

    // True for the long names read here ("--data", "--form", "--upload-file", …).
    static bool handles(const QString &longName);
    // One option, `written` as in the command ("-d"), with its value. A sentence when the
    // command asks for something curl itself refuses (-d together with -F).
    std::optional<QString> read(const QString &longName, const QString &written, const QByteArray &value,
                                QStringList &ignored);

    // Sets the body and its Content-Type on `spec` (with -G, the data goes to the query instead),
    // for the URL at `urlIndex` of the command: each -T goes with one URL, in order, and a URL
    // ending in '/' gets the file's name, as curl does. Returns the method the options ask for
    // (POST, PUT) or nothing for GET.
    std::optional<QByteArray> apply(RequestSpec &spec, qsizetype urlIndex, bool get) const;
    // -T files beyond the command's URLs, listed as not applied.
    QStringList uploadsWithoutUrl(qsizetype urlCount) const;

private:
    struct DataPiece
    {
        QByteArray bytes;
        bool json = false;
    };
    struct Upload
    {
        QString written;
        QString path;
        std::optional<QByteArray> bytes;
    };
    // --data-urlencode's value ("name=text", "name@file"…) encoded; nothing when its file cannot
    // be read or it comes from standard input (both said in `ignored`).
    std::optional<QByteArray> urlEncoded(const QString &option, const QByteArray &value,
                                         QStringList &ignored);
    std::optional<MultipartPart> readFormPart(const QString &written, const QByteArray &value, bool literal,
                                              QStringList &ignored);

    CurlFileReader &m_files;
    QList<DataPiece> m_data;
    QByteArrayList m_urlQuery; // --url-query pieces, encoded
    QList<MultipartPart> m_form;
    QList<Upload> m_uploads;
    bool m_json = false;
    bool m_formGiven = false; // -F given, even if its parts were left out
    bool m_dataNotApplied = false; // -d @file or @- given but not read: still a POST
};

} // namespace StatusScope::Core
