// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace StatusScope::Core {

// One of curl's command-line options, as its option table gives it.
struct CurlOption
{
    QString longName; // "--data" for "-d"
    bool takesValue = false;
};

// Looks up "-d", "--data" or a switch turned off ("--no-progress-meter"). Nothing when curl has no
// such option: the importer then lists the word as not understood.
std::optional<CurlOption> findCurlOption(const QString &name);

// One word of a curl command as curl reads it: an option with its value, or a URL (no option).
struct CurlArgument
{
    QString option; // "-d", "--data": the name as written, value split off; empty for a URL
    QByteArray value; // bytes, so that $'\xff' stays the byte 0xFF
    bool hasValue = false;
    bool known = true; // false for an option curl's table does not list
};

// Reads the words after "curl": bundled switches (-sSL), glued values (-XPOST, -H'A: b', -sd x),
// --name=value, and the word after an option that takes one as its value, whatever it looks like.
// An option curl does not know takes the next word as its value only when another word is left for
// the URL, so that neither an unknown option nor its value is ever read as the URL. Each --next
// starts a new group: a request of its own. Fails, with `error` set, when the last option lacks
// its value.
std::optional<QList<QList<CurlArgument>>> readCurlArguments(const QList<QByteArray> &words, QString *error);

} // namespace StatusScope::Core
